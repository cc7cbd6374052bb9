import { ATTACKS, attackSpec } from '../../core/attacks/registry';
import type { AttackName } from '../../core/attacks/types';
import { useApp } from '../../store/appStore';
import { attackEveryPoint, rerunLast, runAllFromLast } from '../../store/attackActions';
import { useAttack } from '../../store/attackStore';
import { AttackParamsForm } from './AttackParamsForm';
import { BatchSection } from './BatchSection';
import { CompareTable } from './CompareTable';
import { TrackPicker } from './TrackPicker';

function TargetControl() {
  const targeted = useAttack((s) => s.targeted);
  const target = useAttack((s) => s.target);
  const numClasses = useApp((s) => s.dataset?.numClasses ?? 2);
  return (
    <div
      className="attack-target"
      title="Targeted: move towards the chosen class instead of away from the predicted one. A start already predicted as that class has nothing to flip: it is marked and left out of the statistics. With two classes, targeting class c equals the untargeted attack only on the points predicted as the other class."
    >
      <label>
        <input
          type="checkbox"
          checked={targeted}
          onChange={(e) => useAttack.setState({ targeted: e.target.checked })}
          data-testid="attack-targeted"
        />{' '}
        Targeted
      </label>
      {targeted && (
        <select
          value={Math.min(target, numClasses - 1)}
          onChange={(e) => useAttack.setState({ target: Number(e.target.value) })}
          title="The class the attack should reach"
        >
          {Array.from({ length: numClasses }, (_, c) => (
            <option key={c} value={c}>
              class {c}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** The attack controls: choice, parameters, launch, compare, batch. */
export function AttackPanel() {
  const attackId = useAttack((s) => s.attackId);
  const busy = useAttack((s) => s.busy);
  const lastPoint = useAttack((s) => s.lastPoint);
  const batchRunning = useAttack((s) => s.batch?.running ?? false);
  const ready = useApp((s) => s.engineStatus === 'ready' && s.dataset !== null);
  const spec = attackSpec(attackId);
  return (
    <section className="attack-panel" data-testid="attack-panel" aria-label="Attacks">
      <h2 title="Adversarial attacks on the boundary shown (docs/science.md §7): how far, and how much along the manifold versus across it">
        Attacks
      </h2>
      <div className="setting" title={spec.description}>
        <label htmlFor="attack-select">Attack</label>
        <select
          id="attack-select"
          data-testid="attack-select"
          value={attackId}
          onChange={(e) => useAttack.setState({ attackId: e.target.value as AttackName })}
        >
          {ATTACKS.map((a) => (
            <option key={a.id} value={a.id} title={a.description}>
              {a.displayName}
            </option>
          ))}
        </select>
      </div>
      <p className="attack-hint" data-testid="attack-hint">
        {lastPoint === null
          ? 'Click a training point in the view to attack it.'
          : `Last point: #${lastPoint}. Click another, or press A to attack it again.`}
      </p>
      <AttackParamsForm />
      {spec.targeted && <TargetControl />}
      <div className="attack-buttons">
        <button
          onClick={rerunLast}
          disabled={!ready || lastPoint === null || busy}
          title="Attack the last clicked point again with the current settings (A)"
          data-testid="attack-again"
        >
          Again
        </button>
        <button
          onClick={() => void runAllFromLast()}
          disabled={!ready || lastPoint === null || busy}
          title="Run every attack from the last clicked point and compare them in a table"
          data-testid="attack-run-all"
        >
          All attacks
        </button>
        <button
          onClick={() => void attackEveryPoint()}
          disabled={!ready || batchRunning}
          title="Run the chosen attack from every training point: histogram of ρ_δ against the null, r_on / r_off, CSV"
          data-testid="attack-batch"
        >
          Every point
        </button>
      </div>
      <TrackPicker />
      <CompareTable />
      <BatchSection />
    </section>
  );
}
