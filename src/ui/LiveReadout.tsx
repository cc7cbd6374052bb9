import { useCallback, useEffect, useRef } from 'react';
import { live } from '../store/liveData';
import { useApp } from '../store/appStore';
import { useLiveFrame } from './useLiveFrame';

/**
 * Epoch, loss, accuracy, margin and speed, written straight into the DOM every frame. While the
 * timeline is scrubbed it shows the snapshot on view (its epoch, loss, accuracy and C), marked
 * as such, not the live run.
 */
export function LiveReadout() {
  const ref = useRef<HTMLDivElement>(null);
  const viewing = useApp((s) => (s.viewingEpoch === null ? null : (s.timeline.find((t) => t.epoch === s.viewingEpoch) ?? null)));
  const draw = useCallback(() => {
    const el = ref.current;
    const s = live.stats;
    if (!el) return;
    const set = (k: string, v: string) => {
      const node = el.querySelector(`[data-k="${k}"]`);
      if (node && node.textContent !== v) node.textContent = v;
    };
    el.dataset.viewing = viewing ? String(viewing.epoch) : '';
    if (viewing) {
      set('epoch', `${viewing.epoch} (snapshot)`);
      set('loss', viewing.loss.toFixed(4));
      set('accuracy', `${(viewing.accuracy * 100).toFixed(1)} %`);
      set('margin', '–');
      set('rate', '–');
      set('clinging', viewing.clinging.toFixed(3));
      return;
    }
    set('epoch', s ? String(s.epoch) : '–');
    set('loss', s ? s.loss.toFixed(4) : '–');
    set('accuracy', s ? `${(s.accuracy * 100).toFixed(1)} %` : '–');
    set('margin', s ? s.minMargin.toFixed(3) : '–');
    // A rate only means something while epochs run: a converged or paused run shows none.
    set('rate', s && s.state === 'running' && s.stepsPerSecond > 0 ? `${Math.round(s.stepsPerSecond)}/s` : '–');
    const c = live.clinging.value;
    set('clinging', c.length ? c[c.length - 1].toFixed(3) : '–');
  }, [viewing]);
  useLiveFrame(draw);
  useEffect(draw, [draw]);
  const item = (k: string, label: string, help: string) => (
    <div className="readout-item" title={help}>
      <span className="readout-label">{label}</span>
      <span className="readout-value" data-k={k} data-testid={`readout-${k}`}>
        –
      </span>
    </div>
  );
  return (
    <div className="readout" ref={ref} data-testid="live-readout">
      {item('epoch', 'Epoch', 'Full passes over the training set so far.')}
      {item('loss', 'Loss', 'Training cross-entropy (plus the weight-decay penalty, if any).')}
      {item('accuracy', 'Accuracy', 'Share of training points on their correct side.')}
      {item('margin', 'Min margin', 'Smallest signed logit margin over the training set; training stops when it passes the stop margin.')}
      {item(
        'clinging',
        'C',
        'Clinging C: mean normal distance from the manifold to the boundary (docs/science.md §6). Falls fast while the boundary clings.',
      )}
      {item(
        'rate',
        'Speed',
        'Training epochs per second while the run trains, measured in the worker over the last half second or more; – when it is stopped.',
      )}
    </div>
  );
}
