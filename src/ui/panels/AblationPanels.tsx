import { ABLATION_ARMS, ABLATION_TEXT } from '../../store/ablationArms';
import { BoundaryThumb } from './BoundaryThumb';
import { cancelAblation, runAblation, usePanels } from '../../store/panelsStore';
import type { AblationResult } from '../../engine/panelTypes';
import { useApp } from '../../store/appStore';

/** The init-scale / weight-decay ablation (Melamed et al. 2023): boundaries and final C side by side. */
export function AblationPanels() {
  const ab = usePanels((s) => s.ablation);
  const ready = useApp((s) => s.engineStatus === 'ready');
  return (
    <div className="ablation" data-testid="ablation">
      <div className="ablation-side">
        <p className="ablation-text">{ABLATION_TEXT}</p>
        {ab.running ? (
          <button onClick={cancelAblation} title="Stop training the ablation arms" data-testid="ablation-cancel">
            ■ Stop
          </button>
        ) : (
          <button
            className="primary"
            onClick={() => void runAblation()}
            disabled={!ready}
            title="Train every arm on the current data and seed (takes a few seconds)"
            data-testid="ablation-run"
          >
            {ab.result ? '⟲ Run again' : '▶ Run ablation'}
          </button>
        )}
      </div>
      <div className="panel-row">
        {ABLATION_ARMS.map((arm, i) => {
          const r = ab.result?.find((x) => x.id === arm.id);
          return (
            <figure key={arm.id} className="panel-cell" data-testid={`ablation-panel-${arm.id}`}>
              {r && ab.dataset ? (
                <BoundaryThumb
                  dataset={ab.dataset}
                  boundary={r.boundary.boundary}
                  title={`${arm.label}: the boundary at the end of training`}
                  testId={`ablation-thumb-${arm.id}`}
                />
              ) : (
                <div className="panel-empty" title={arm.help}>
                  {ab.running ? (i < ab.variant ? 'drawing…' : i === ab.variant ? `training… epoch ${ab.done}` : 'waiting') : arm.help}
                </div>
              )}
              <figcaption title={arm.help}>
                <b>{arm.label}</b>
                {r && <ResultLine r={r} />}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </div>
  );
}

function ResultLine({ r }: { r: AblationResult }) {
  return (
    <span
      className="ablation-result"
      title="C: clinging, larger = clings less; |D|: median dimple depth; epochs until the stop rule (docs/science.md §2, §6)"
      data-testid={`ablation-c-${r.id}`}
    >
      <span>
        C = {r.clinging.toFixed(3)} · median |D| {r.medianAbsDimple.toFixed(3)}
      </span>
      <span className={r.converged ? 'muted' : 'panel-warn'}>
        {r.epochs} epochs · acc {(r.accuracy * 100).toFixed(0)} %{r.converged ? '' : ' · not converged'}
      </span>
    </span>
  );
}
