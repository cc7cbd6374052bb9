import { useApp } from '../../store/appStore';
import { ATTACK_COLORS, NORMAL_COLOR, TANGENT_COLOR } from '../../store/attackColors';
import { arrowScale, boxSizeOf } from '../../store/attackArrows';
import { showRun } from '../../store/attackRuns';
import { useAttack } from '../../store/attackStore';
import { CLASS_COLORS } from '../../scene/colormap';
import { attackName, fmt, pct, startNote } from './format';

interface ItemProps {
  label: string;
  help: string;
  value: string;
  testId?: string;
  wide?: boolean;
  color?: string;
}

function Item({ label, help, value, testId, wide, color }: ItemProps) {
  return (
    <div className={`readout-item ${wide ? 'wide' : ''}`} title={help}>
      <span className="readout-label" style={color ? { color } : undefined}>
        {label}
      </span>
      <span className="readout-value" data-testid={testId}>
        {value}
      </span>
    </div>
  );
}

function ClassName({ cls, conf }: { cls: number; conf: number }) {
  return (
    <span>
      <span className="swatch" style={{ background: CLASS_COLORS[cls % CLASS_COLORS.length] }} />
      class {cls} ({pct(conf)})
    </span>
  );
}

/** Attacks that spend a fixed budget ε (no minimal-norm search): their final ‖δ‖ is not a flip distance. */
const BUDGET_ATTACKS: ReadonlySet<string> = new Set(['fgsm', 'fgm', 'pgdLinf', 'pgdL2']);

/** The readout of the run shown, over the top-left corner of the view. */
export function AttackReadout() {
  const shown = useAttack((s) => s.shown);
  const bounds = useApp((s) => s.dataset?.manifold.bounds);
  const labels = useApp((s) => s.dataset?.labels);
  if (!shown) return null;
  const r = shown.readout;
  const nul = r.nullRho;
  const flipped = r.finalClass !== r.originalClass;
  const note = startNote({
    start: r.start,
    originalClass: r.originalClass,
    label: shown.pointIndex === null ? null : (labels?.[shown.pointIndex] ?? null),
  });
  const scale = bounds && r.n <= 3 ? arrowScale(r, boxSizeOf(bounds)) : 1;
  const crossingL2 = r.crossing ? Math.hypot(...Array.from(r.crossing, (v, i) => v - r.x0[i])) : null;
  // Fixed-budget attacks (FGM, PGD without early stop) end at ‖δ‖ ≈ ε, however close the boundary
  // was: say so when the path ended well past its crossing, or walked on after its first flip.
  const walkedOn = BUDGET_ATTACKS.has(r.attackId) && r.flipStep !== null && r.flipStep < r.steps;
  const pastBoundary = crossingL2 !== null && (r.l2 > 1.2 * crossingL2 + 1e-6 || walkedOn);
  // A null interval covering most of [0, 1] (k/n near 1, as for a plane in R³) cannot single out any ρ_δ.
  const nullUninformative = nul.hi - nul.lo > 0.5;
  return (
    <div className="attack-readout" data-testid="attack-readout" data-flipped={flipped} data-success={r.success} data-run={shown.runId}>
      <div className="attack-readout-head">
        <span className="swatch" style={{ background: ATTACK_COLORS[r.attackId] }} />
        <strong>{attackName(r.attackId)}</strong>
        {shown.pointIndex !== null && <span className="muted"> · point #{shown.pointIndex}</span>}
        <button className="close" onClick={() => showRun(null)} title="Hide this readout (the path stays)">
          ×
        </button>
      </div>
      <div
        className="attack-prediction"
        data-testid="attack-prediction"
        title="Prediction (and its probability) at the start point → at the final point"
      >
        <ClassName cls={r.originalClass} conf={r.originalConfidence} /> → <ClassName cls={r.finalClass} conf={r.finalConfidence} />
        {r.success || note ? '' : ' · not flipped'}
      </div>
      {note && (
        <div className="attack-start-note attack-flag" data-testid="attack-start-note" data-start={r.start}>
          ⚠ {note}
        </div>
      )}
      <div className="readout">
        <Item label="‖δ‖₂" help="L2 norm of the perturbation δ = final − start" value={fmt(r.l2)} testId="attack-l2" />
        <Item label="‖δ‖∞" help="Largest coordinate change of δ" value={fmt(r.linf)} testId="attack-linf" />
        <Item
          label="Flip at"
          help="Iterate at which the prediction first changed (or reached the target), of all iterations taken"
          value={r.flipStep === null ? `– / ${r.steps}` : `${r.flipStep} / ${r.steps}`}
          testId="attack-flip-step"
        />
        <Item
          label="ρ_δ"
          help="Tangent share ρ_δ = ‖P_T δ‖² / ‖δ‖², with the tangent space at the start (docs/science.md §4). The null: a direction unrelated to the manifold has ρ ~ Beta(k/2, (n−k)/2), mean k/n."
          value={fmt(r.rho)}
          testId="attack-rho"
        />
        <Item
          wide
          label={`null k/n = ${nul.k}/${nul.n}, 95 %`}
          help={`What chance gives: mean ${fmt(nul.mean)}, sd ${fmt(nul.sd)}, 95 % interval [${fmt(nul.lo)}, ${fmt(nul.hi)}]. ρ_δ below the interval means δ avoids the manifold more than its dimension explains.`}
          value={`${fmt(nul.mean, 2)} [${fmt(nul.lo, 2)}, ${fmt(nul.hi, 2)}]`}
          testId="attack-null"
        />
        <Item
          label="∠ to M"
          help="Angle between δ and the tangent space of the manifold at the start: 90° = straight off it"
          value={`${fmt(r.angleDeg, 1)}°`}
          testId="attack-angle"
        />
        <Item label="‖P_T δ‖" help="Length of δ's part along the manifold (green arrow)" value={fmt(r.tangentNorm)} color={TANGENT_COLOR} />
        <Item label="‖P_N δ‖" help="Length of δ's part across the manifold (orange arrow)" value={fmt(r.normalNorm)} color={NORMAL_COLOR} />
      </div>
      {pastBoundary && (
        <p className="attack-note" data-testid="attack-budget-note">
          ‖δ‖₂ here is where the attack ended after spending its budget, not the way across: the path first crossed the boundary (◆) at ‖x −
          x₀‖₂ = <b data-testid="attack-crossing-l2">{fmt(crossingL2!)}</b>. For distances use DeepFool, CW or PGD with “Stop at first
          flip”.
        </p>
      )}
      {nullUninformative && (
        <p className="attack-note" data-testid="attack-null-note">
          With k/n = {nul.k}/{nul.n} the null interval spans [{fmt(nul.lo, 2)}, {fmt(nul.hi, 2)}]: almost any ρ_δ is what chance gives, so
          ρ_δ cannot tell here. It is informative only where k ≪ n (the Image lab).
        </p>
      )}
      <div
        className="attack-legend muted"
        title="Arrows at the start point: δ split into its part along the manifold (green) and across it (orange), both drawn with the same scale factor"
      >
        {scale > 1 ? `arrows ×${scale.toFixed(1)} · ` : ''}◆ boundary crossing · computed in {fmt(shown.elapsedMs, 1)} ms
      </div>
    </div>
  );
}
