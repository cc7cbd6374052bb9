import { attackSpec } from '../../core/attacks/registry';
import type { ParamSpec } from '../../core/attacks/types';
import { NumberField } from '../NumberField';
import { resetAttackParams, setAttackParam, useAttack } from '../../store/attackStore';

/** The checking rule of a registry parameter (rounding for int, its min / max). */
export function ruleOf(spec: ParamSpec) {
  return { label: spec.label, min: spec.min, max: spec.max, integer: spec.kind === 'int' };
}

/** The chosen attack's parameters, generated from the registry (defaults, help as tooltips). */
export function AttackParamsForm() {
  const attackId = useAttack((s) => s.attackId);
  const values = useAttack((s) => s.params[s.attackId]);
  const spec = attackSpec(attackId);
  return (
    <details className="attack-params" data-testid="attack-params">
      <summary title="The attack's parameters; hover a name for what it does">Parameters</summary>
      {spec.params.map((p) => {
        const id = `attack-param-${p.key}`;
        const v = values[p.key] ?? p.default;
        return (
          <div
            key={p.key}
            className={`setting ${p.kind === 'boolean' ? 'setting-bool' : ''}`}
            title={`${p.help} Default ${String(p.default)}.`}
          >
            <label htmlFor={id}>{p.label}</label>
            {p.kind === 'boolean' ? (
              <input id={id} type="checkbox" checked={Boolean(v)} onChange={(e) => setAttackParam(attackId, p.key, e.target.checked)} />
            ) : (
              <NumberField id={id} value={Number(v)} rule={ruleOf(p)} onCommit={(x) => setAttackParam(attackId, p.key, x)} testId={id} />
            )}
          </div>
        );
      })}
      <button onClick={() => resetAttackParams(attackId)} title="Back to the registry defaults of this attack">
        Defaults
      </button>
    </details>
  );
}
