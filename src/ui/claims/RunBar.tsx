import type { ClaimsRun } from '../../engine/claimsTypes';
import { useApp } from '../../store/appStore';
import { cancelClaims, runClaims, useClaims } from '../../store/claimsStore';

/** Run / cancel button with a progress bar and the current stage, for one claims experiment. */
export function RunBar({ run, label, help }: { run: ClaimsRun; label: string; help: string }) {
  const st = useClaims((s) => s[run]);
  const ready = useApp((s) => s.engineStatus === 'ready' && s.dataset !== null);
  const share = st.total > 0 ? Math.min(1, st.done / st.total) : 0;
  return (
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
  );
}
