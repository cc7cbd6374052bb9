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
  const stopped = useApp((s) => s.runState === 'converged' || s.runState === 'max-epochs');
  const epochs = panelEpochsFor(dataset?.n ?? 3);
  const panels = useTimelinePanels(epochs, dataset?.n === 2 ? 48 : 32);
  if (!dataset) return null;
  return (
    <div className="panel-row" data-testid="epoch-panels">
      {epochs.map((epoch) => {
        const entry = timeline.find((t) => t.epoch === epoch);
        const boundary = panels.get(epoch);
        const label = panelLabel(epoch);
        return (
          <figure key={epoch} className={`panel-cell${viewing === epoch ? ' active' : ''}`} data-testid={`epoch-panel-${epoch}`}>
            {boundary ? (
              <button className="panel-view" onClick={() => controls.scrub(epoch)} title={`Show the boundary at ${label} in the main view`}>
                <BoundaryThumb dataset={dataset} boundary={boundary.boundary} title={`Decision boundary at ${label}`} testId={`epoch-thumb-${epoch}`} />
              </button>
            ) : (
              <div className="panel-empty" title="Train (Space): the timeline records this epoch when training reaches it">
                {entry ? 'drawing…' : stopped ? 'training stopped before this epoch: press ▶ Train to go on' : 'not reached yet'}
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
