import { useApp } from '../../store/appStore';
import { ATTACK_COLORS, NORMAL_COLOR, TANGENT_COLOR } from '../../store/attackColors';
import { arrowScale, boxSizeOf } from '../../store/attackArrows';
import { showRun } from '../../store/attackRuns';
import { useAttack } from '../../store/attackStore';
import { CLASS_COLORS } from '../../scene/colormap';
import { attackName, fmt, KIND_HELP, KIND_LABEL, pct, startNote } from './format';
import { StaleRunNote } from './StaleRunNote';

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
  const crossingL2 = r.crossingL2;
  // Fixed-budget attacks (FGM, PGD without early stop) end at ‖δ‖ ≈ ε, however close the boundary
  // was; minimal-distance ones end at the crossing (core/attacks/boundaryLineSearch.ts). Say so when
  // a fixed-budget path ended well past its crossing, or walked on after its first flip.
  const walkedOn = r.flipStep !== null && r.flipStep < r.steps;
  const pastBoundary = r.kind === 'budget' && crossingL2 !== null && (r.l2 > 1.2 * crossingL2 + 1e-6 || walkedOn);
  // A null interval covering most of [0, 1] (k/n near 1, as for a plane in R³) cannot single out any ρ_δ.
  const nullUninformative = nul.hi - nul.lo > 0.5;
  return (
    <div
      className="attack-readout"
      data-testid="attack-readout"
      data-flipped={flipped}
      data-success={r.success}
      data-run={shown.runId}
      data-kind={r.kind}
    >
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
      <StaleRunNote runId={shown.runId} />
      {note && (
        <div className="attack-start-note attack-flag" data-testid="attack-start-note" data-start={r.start}>
          ⚠ {note}
        </div>
      )}
      <div className="readout">
        <Item
          label="‖δ‖₂"
          help={
            r.kind === 'minimal'
              ? 'L2 norm of the perturbation δ = final − start. A minimal-distance attack ends at the first boundary crossing of its path (DeepFool: (1 + η) times it, η = 2 % by default)'
              : 'L2 norm of the perturbation δ = final − start: for a fixed-budget attack the ε it spent, not the distance to the boundary'
          }
          value={fmt(r.l2)}
          testId="attack-l2"
        />
        <Item
          label="◆ at ‖·‖₂"
          help="How far from the start the path first crossed the boundary (◆ in the view), ‖crossing − x₀‖₂: compares across every kind of attack"
          value={fmt(crossingL2)}
          testId="attack-crossing"
        />
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
        <Item label="‖δ‖∞" help="Largest coordinate change of δ" value={fmt(r.linf)} testId="attack-linf" />
        <Item wide label="Kind" help={KIND_HELP[r.kind]} value={KIND_LABEL[r.kind]} testId="attack-kind" />
      </div>
      {pastBoundary && (
        <p className="attack-note" data-testid="attack-budget-note">
          A fixed-budget attack: ‖δ‖₂ here is the budget it spent, not the way across: the path crossed the boundary (◆) at ‖x − x₀‖₂ ={' '}
          <b data-testid="attack-crossing-l2">{fmt(crossingL2!)}</b>. For distances use DeepFool, CW or PGD with “Stop at first flip”.
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
