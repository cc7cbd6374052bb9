import { ATTACKS } from '../../core/attacks/registry';
import type { AttackName, ParamSpec } from '../../core/attacks/types';
import { ruleOf } from '../attack/AttackParamsForm';
import { NumberField } from '../NumberField';
import { OptionSelect } from '../OptionSelect';
import { chooseAttack, runImageAttack, setImageParam } from '../../store/imageLabActions';
import { IMAGE_PARAM_DEFAULTS, useImageLab } from '../../store/imageLabStore';

/** Attacks that work on images: all but the exact-manifold walk (toys only). */
const IMAGE_ATTACKS = ATTACKS.filter((a) => a.needs !== 'manifold');
const ATTACK_OPTIONS = IMAGE_ATTACKS.map((a) => ({ value: a.id, label: a.displayName }));

/**
 * Tooltip for one image-lab attack parameter: states the image lab's own default (the field's
 * starting value) and, when it differs, the toy scenes' registry default.
 */
export function imageParamTitle(attackId: AttackName, spec: ParamSpec): string {
  const labDefault = IMAGE_PARAM_DEFAULTS[attackId]?.[spec.key] ?? spec.default;
  const toys = labDefault === spec.default ? '' : ` (toy scenes: ${String(spec.default)})`;
  return `${spec.help} Image lab default ${String(labDefault)}${toys}.`;
}

function Param({ attackId, spec, value }: { attackId: AttackName; spec: ParamSpec; value: number | boolean }) {
  const id = `image-param-${spec.key}`;
  return (
    <label className="image-param" htmlFor={id} title={imageParamTitle(attackId, spec)}>
      <span>{spec.label}</span>
      {spec.kind === 'boolean' ? (
        <input id={id} type="checkbox" checked={Boolean(value)} onChange={(e) => setImageParam(attackId, spec.key, e.target.checked)} />
      ) : (
        <NumberField id={id} value={Number(value)} rule={ruleOf(spec)} onCommit={(v) => setImageParam(attackId, spec.key, v)} testId={id} />
      )}
    </label>
  );
}

/** Attack chooser with the registry's parameter controls, and the run button. */
export function ImageAttackPanel() {
  const attackId = useImageLab((s) => s.attackId);
  const params = useImageLab((s) => s.params[s.attackId]);
  const busy = useImageLab((s) => s.attackBusy);
  const ready = useImageLab((s) => s.status === 'ready');
  const spec = IMAGE_ATTACKS.find((a) => a.id === attackId) ?? IMAGE_ATTACKS[0];
  return (
    <div className="image-attack-panel">
      <label title={spec.description}>
        Attack{' '}
        <OptionSelect
          value={attackId}
          options={ATTACK_OPTIONS}
          onChange={chooseAttack}
          testId="image-attack-select"
          title="Which attack to run on the chosen digit (docs/science.md §7); on/off-manifold PGD use the autoencoder's tangent space at the digit"
        />
      </label>
      {spec.params
        .filter((p) => p.key !== 'recordEvery')
        .map((p) => (
          <Param key={p.key} attackId={attackId} spec={p} value={params?.[p.key] ?? p.default} />
        ))}
      <button
        className="primary"
        disabled={!ready || busy}
        onClick={() => void runImageAttack()}
        title="Run the attack on the chosen digit (or click a thumbnail)"
        data-testid="image-attack-run"
      >
        {busy ? 'Attacking…' : 'Attack'}
      </button>
    </div>
  );
}
