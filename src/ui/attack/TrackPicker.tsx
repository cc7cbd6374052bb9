import { clearAttacks, replayRun } from '../../store/attackActions';
import { showRun } from '../../store/attackRuns';
import { useAttack } from '../../store/attackStore';
import { attackName } from './format';

/** The paths on screen: pick one for the readout, replay it in slow motion, or clear them all. */
export function TrackPicker() {
  const runs = useAttack((s) => s.runs);
  const shown = useAttack((s) => s.shown?.runId ?? null);
  if (runs.length === 0) return null;
  return (
    <div className="attack-tracks">
      <select
        value={shown ?? ''}
        onChange={(e) => showRun(Number(e.target.value))}
        title="The path whose readout and δ arrows are shown"
        data-testid="attack-track-select"
      >
        {shown === null && <option value="">(none)</option>}
        {runs.map((r) => (
          <option key={r.runId} value={r.runId}>
            #{r.runId} {attackName(r.attackId)}
            {r.pointIndex !== null ? ` · point ${r.pointIndex}` : ''}
          </option>
        ))}
      </select>
      <button
        onClick={() => shown !== null && replayRun(shown)}
        disabled={shown === null}
        title="Replay the selected path in slow motion"
        data-testid="attack-replay"
      >
        Replay
      </button>
      <button onClick={clearAttacks} title="Remove every attack path from the view" data-testid="attack-clear">
        Clear
      </button>
    </div>
  );
}
