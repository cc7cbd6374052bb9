import { useEffect, useState } from 'react';
import { attackSpec } from '../../core/attacks/registry';
import type { ParamSpec } from '../../core/attacks/types';
import { pushNotice } from '../../store/appStore';
import { resetAttackParams, setAttackParam, useAttack } from '../../store/attackStore';

/** Parse, round (int) and clamp a typed value against the registry's spec; null if invalid. */
export function coerceParam(spec: ParamSpec, raw: string): number | null {
  const v = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(v)) return null;
  let out = spec.kind === 'int' ? Math.round(v) : v;
  if (spec.min !== undefined) out = Math.max(spec.min, out);
  if (spec.max !== undefined) out = Math.min(spec.max, out);
  return out;
}

function NumberParam({ spec, value, onCommit }: { spec: ParamSpec; value: number; onCommit: (v: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const v = coerceParam(spec, draft);
    if (v === null) {
      pushNotice('warning', `"${draft}" is not a valid value for ${spec.label.toLowerCase()}.`);
      setDraft(String(value));
    } else if (v !== value) onCommit(v);
    else setDraft(String(v));
  };
  return (
    <input
      id={`attack-param-${spec.key}`}
      type="text"
      inputMode="decimal"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
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
          <div key={p.key} className={`setting ${p.kind === 'boolean' ? 'setting-bool' : ''}`} title={`${p.help} Default ${String(p.default)}.`}>
            <label htmlFor={id}>{p.label}</label>
            {p.kind === 'boolean' ? (
              <input id={id} type="checkbox" checked={Boolean(v)} onChange={(e) => setAttackParam(attackId, p.key, e.target.checked)} />
            ) : (
              <NumberParam spec={p} value={Number(v)} onCommit={(x) => setAttackParam(attackId, p.key, x)} />
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
