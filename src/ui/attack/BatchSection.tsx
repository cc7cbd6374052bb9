import { useMemo } from 'react';
import { cancelBatch } from '../../store/attackActions';
import { rowsToCsv } from '../../store/attackCsv';
import { useAttack } from '../../store/attackStore';
import type { BatchResult } from '../../engine/attackTypes';
import { CONSISTENCY_TOLERANCE } from '../../core/attacks/constrainedSummary';
import { mean } from '../../core/stats';
import { downloadText } from '../download';
import { attackName, fmt } from './format';
import { RhoHistogram } from './RhoHistogram';

function ConstrainedReadout({ result }: { result: BatchResult }) {
  const c = result.constrained;
  if (!c) return <p className="muted">No point flipped in all three modes (free, on, off): no r_on / r_off.</p>;
  const failed = c.failed.free + c.failed.on + c.failed.off;
  return (
    <div className="readout attack-ratios" data-testid="attack-ratios">
      <div
        className="readout-item"
        title={`Mean minimal L2 flip norm on-manifold (${fmt(c.meanOn)}) over unconstrained (${fmt(c.meanFree)}), ${c.used} points (docs/science.md §3 Exp. B). Local-linear prediction 1/√ρ.`}
      >
        <span className="readout-label">r_on</span>
        <span className="readout-value">{fmt(c.rOn, 2)}</span>
      </div>
      <div
        className="readout-item"
        title={`Mean minimal L2 flip norm off-manifold (${fmt(c.meanOff)}) over unconstrained (${fmt(c.meanFree)}). Local-linear prediction 1/√(1−ρ).`}
      >
        <span className="readout-label">r_off</span>
        <span className="readout-value">{fmt(c.rOff, 2)}</span>
      </div>
      <div
        className={`readout-item ${c.flagged ? 'attack-flag' : ''}`}
        title={`r_on⁻² + r_off⁻² is 1 when the boundary is locally linear (docs/science.md §4); flagged when it is off by more than ${CONSISTENCY_TOLERANCE}.${failed ? ` ${failed} flip searches found no flip.` : ''}`}
        data-testid="attack-consistency"
        data-flagged={c.flagged}
      >
        <span className="readout-label">r_on⁻²+r_off⁻²</span>
        <span className="readout-value">
          {fmt(c.consistency, 2)}
          {c.flagged ? ' ⚠' : ''}
        </span>
      </div>
    </div>
  );
}

/** "Attack every training point": progress and cancel, then ρ_δ histogram, ratios and CSV. */
export function BatchSection() {
  const batch = useAttack((s) => s.batch);
  const { rhos, meanRho } = useMemo(() => {
    // Starts already in the target class or misclassified have nothing to flip: not counted.
    const rhos = batch.result?.rows.filter((x) => x.start === 'clean').map((x) => x.rho) ?? [];
    return { rhos, meanRho: mean(rhos) };
  }, [batch.result]);
  if (!batch.running && !batch.result) return null;
  const r = batch.result;
  const clean = r?.rows.filter((x) => x.start === 'clean') ?? [];
  const inTarget = r?.rows.filter((x) => x.start === 'in-target').length ?? 0;
  const misclassified = r?.rows.filter((x) => x.start === 'misclassified').length ?? 0;
  return (
    <figure className="attack-batch" data-testid="attack-batch-section">
      {batch.running && (
        <div className="attack-progress" data-testid="attack-progress">
          <progress value={batch.done} max={Math.max(1, batch.total)} title="Points done" />
          <span>
            {batch.stage === 'constrained' ? 'Flip norms' : 'Attacking'} {batch.done}/{batch.total}
          </span>
          <button onClick={cancelBatch} title="Stop after the current point; the points done so far are kept" data-testid="attack-cancel">
            Cancel
          </button>
        </div>
      )}
      {r && (
        <>
          <figcaption title="Mean tangent share of δ over the points, next to the null k/n and its 95 % interval">
            {attackName(r.attackId)} on {clean.length} points{r.cancelled ? ' (cancelled)' : ''}: {clean.filter((x) => x.success).length}{' '}
            flipped · mean ρ_δ {fmt(meanRho)} vs null {fmt(r.nullRho.mean, 2)} [{fmt(r.nullRho.lo, 2)}, {fmt(r.nullRho.hi, 2)}]
          </figcaption>
          {inTarget + misclassified > 0 && (
            <p
              className="attack-flag"
              data-testid="attack-left-out"
              title="These starts are already where the attack would take them: they report no flip and are left out of the histogram, ρ_δ and the flip norms (they are marked in the CSV's start column)"
            >
              ⚠ Left out:{' '}
              {[inTarget && `${inTarget} already in the target class`, misclassified && `${misclassified} already misclassified`]
                .filter(Boolean)
                .join(', ')}
              .
            </p>
          )}
          <RhoHistogram values={rhos} nul={r.nullRho} />
          <ConstrainedReadout result={r} />
          <button
            onClick={() => downloadText(rowsToCsv(r.rows), `attacks-${r.attackId}.csv`, 'text/csv')}
            title="Download one row per point (index, label, attack, kind, success, flip step, norms, crossing distance, ρ_δ, angle, classes, flip norms) as CSV"
            data-testid="attack-csv"
          >
            Export CSV
          </button>
        </>
      )}
    </figure>
  );
}
