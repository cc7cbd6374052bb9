import { useMemo } from 'react';
import { useApp } from '../../store/appStore';
import { controls } from '../../store/engineBridge';
import { BoundaryThumb } from './BoundaryThumb';
import { panelEpochsFor, panelLabel } from './paperPanels';
import { useTimelinePanels } from './useTimelinePanels';

/** The paper figure's epoch panels side by side, drawn from the recorded timeline. */
export function EpochPanels() {
  const dataset = useApp((s) => s.dataset);
  const timeline = useApp((s) => s.timeline);
  const viewing = useApp((s) => s.viewingEpoch);
  const runState = useApp((s) => s.runState);
  const stopped = runState === 'converged' || runState === 'max-epochs';
  const epochs = panelEpochsFor(dataset?.n ?? 3);
  // A run that stopped (stop rule, epoch limit) before a panel's epoch: that panel shows the
  // state it stopped in, labelled with its epoch, instead of staying empty.
  const shownOf = useMemo(() => {
    const last = stopped ? timeline[timeline.length - 1] : undefined;
    return new Map(epochs.map((e) => [e, !timeline.some((t) => t.epoch === e) && last && last.epoch < e ? last.epoch : e]));
  }, [epochs, timeline, stopped]);
  const shownEpoch = (e: number) => shownOf.get(e) ?? e;
  const wanted = useMemo(() => [...new Set(shownOf.values())], [shownOf]);
  const panels = useTimelinePanels(wanted, dataset?.n === 2 ? 48 : 32);
  if (!dataset) return null;
  const stopWord = runState === 'converged' ? 'converged' : 'stopped';
  return (
    <div className="panel-row" data-testid="epoch-panels">
      {epochs.map((figureEpoch) => {
        const epoch = shownEpoch(figureEpoch);
        const entry = timeline.find((t) => t.epoch === epoch);
        const boundary = panels.get(epoch);
        const label = epoch === figureEpoch ? panelLabel(epoch) : `${panelLabel(figureEpoch)}: ${stopWord} at ${epoch}`;
        return (
          <figure
            key={figureEpoch}
            className={`panel-cell${viewing === epoch ? ' active' : ''}`}
            data-testid={`epoch-panel-${figureEpoch}`}
            data-shows={epoch}
          >
            {boundary ? (
              <button className="panel-view" onClick={() => controls.scrub(epoch)} title={`Show the boundary at ${label} in the main view`}>
                <BoundaryThumb
                  dataset={dataset}
                  boundary={boundary.boundary}
                  title={`Decision boundary at ${label}`}
                  testId={`epoch-thumb-${figureEpoch}`}
                />
              </button>
            ) : (
              <div className="panel-empty" title="Train (Space): the timeline records this epoch when training reaches it">
                {entry ? 'drawing…' : 'not reached yet'}
              </div>
            )}
            <figcaption title="C: clinging (mean normal distance from M to the boundary, docs/science.md §6); acc: training accuracy">
              <b>{label}</b>
              {entry && (
                <span>
                  {' '}
                  · C = {entry.clinging.toFixed(3)} · acc {(entry.accuracy * 100).toFixed(0)} %
                </span>
              )}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
