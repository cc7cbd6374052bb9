import { useCallback, useRef } from 'react';
import { live } from '../store/liveData';
import { useLiveFrame } from './useLiveFrame';

/** Epoch, loss, accuracy, margin and speed, written straight into the DOM every frame. */
export function LiveReadout() {
  const ref = useRef<HTMLDivElement>(null);
  const draw = useCallback(() => {
    const el = ref.current;
    const s = live.stats;
    if (!el) return;
    const set = (k: string, v: string) => {
      const node = el.querySelector(`[data-k="${k}"]`);
      if (node && node.textContent !== v) node.textContent = v;
    };
    set('epoch', s ? String(s.epoch) : '–');
    set('loss', s ? s.loss.toFixed(4) : '–');
    set('accuracy', s ? `${(s.accuracy * 100).toFixed(1)} %` : '–');
    set('margin', s ? s.minMargin.toFixed(3) : '–');
    set('rate', s && s.stepsPerSecond > 0 ? `${Math.round(s.stepsPerSecond)}/s` : '–');
    const c = live.clinging.value;
    set('clinging', c.length ? c[c.length - 1].toFixed(3) : '–');
  }, []);
  useLiveFrame(draw);
  const item = (k: string, label: string, help: string) => (
    <div className="readout-item" title={help}>
      <span className="readout-label">{label}</span>
      <span className="readout-value" data-k={k} data-testid={`readout-${k}`}>
        –
      </span>
    </div>
  );
  return (
    <div className="readout" ref={ref}>
      {item('epoch', 'Epoch', 'Full passes over the training set so far.')}
      {item('loss', 'Loss', 'Training cross-entropy (plus the weight-decay penalty, if any).')}
      {item('accuracy', 'Accuracy', 'Share of training points on their correct side.')}
      {item('margin', 'Min margin', 'Smallest signed logit margin over the training set; training stops when it passes the stop margin.')}
      {item('clinging', 'C', 'Clinging C: mean normal distance from the manifold to the boundary (docs/science.md §6). Falls fast while the boundary clings.')}
      {item('rate', 'Speed', 'Training epochs per second, measured in the worker.')}
    </div>
  );
}
