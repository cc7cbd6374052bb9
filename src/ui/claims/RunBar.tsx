import type { ImageClaimRun } from '../../engine/claimsImageTypes';
import { useApp } from '../../store/appStore';
import { cancelClaims, runClaims, useClaims, type ClaimsSlot } from '../../store/claimsStore';
import { EstimateLine } from './EstimateLine';

const isImageRun = (run: ClaimsSlot): run is ImageClaimRun => run.endsWith('Images');

/** Run / cancel button with a progress bar and the current stage (and, for image runs, the time estimate). */
export function RunBar({ run, label, help }: { run: ClaimsSlot; label: string; help: string }) {
  const st = useClaims((s) => s[run]);
  const ready = useApp((s) => s.engineStatus === 'ready' && (isImageRun(run) || s.dataset !== null));
  const share = st.total > 0 ? Math.min(1, st.done / st.total) : 0;
  return (
    <>
      {isImageRun(run) && <EstimateLine run={run} />}
      <div className="claims-runbar">
        {st.running ? (
          <button onClick={() => cancelClaims(run)} title="Stop this experiment (the last result stays)" data-testid={`${run}-cancel`}>
            ■ Cancel
          </button>
        ) : (
          <button className="primary" onClick={() => void runClaims(run)} disabled={!ready} title={help} data-testid={`${run}-run`}>
            {st.result ? `⟲ ${label} again` : `▶ ${label}`}
          </button>
        )}
        <div
          className="claims-progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={1}
          aria-valuenow={share}
          title="Progress of the run"
          data-testid={`${run}-progress`}
        >
          <div style={{ width: `${(st.running ? share : st.result ? 1 : 0) * 100}%` }} />
        </div>
        <span className="claims-stage muted" data-testid={`${run}-stage`}>
          {st.running ? `${st.stage} · ${st.done}/${st.total}` : st.stage === 'starting' ? '' : st.stage}
        </span>
      </div>
    </>
  );
}
