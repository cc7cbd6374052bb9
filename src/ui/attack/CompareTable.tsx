import { useApp } from '../../store/appStore';
import { attackLive } from '../../store/attackLive';
import { ATTACK_COLORS } from '../../store/attackColors';
import { rowsToCsv } from '../../store/attackCsv';
import { showRun } from '../../store/attackRuns';
import { useAttack } from '../../store/attackStore';
import { nullSummary } from '../../core/attacks/attackAnalysis';
import type { AttackRow } from '../../engine/attackTypes';
import { downloadText } from '../download';
import { isStale } from '../../store/attackNetwork';
import { attackName, fmt, KIND_HELP, startNote } from './format';
import { useShownEpoch } from './useShownEpoch';

/** Show the path of this row's attack from the compared point. */
function select(row: AttackRow): void {
  const t = [...attackLive.tracks].reverse().find((x) => x.attackId === row.attackId && x.pointIndex === row.index && x.readout);
  if (t) showRun(t.runId);
}

const KIND_MARK = { budget: 'ε', minimal: 'min' } as const;

/**
 * "Run all attacks from this point": one row per attack. Fixed-budget and minimal-distance
 * attacks sit side by side, so each row says its kind and where its path first crossed the
 * boundary (◆): that column compares across rows, ‖δ‖₂ does only among the minimal ones.
 */
export function CompareTable() {
  const compare = useAttack((s) => s.compare);
  const manifold = useApp((s) => s.dataset?.manifold);
  const now = useShownEpoch();
  if (!compare || !manifold) return null;
  const stale = isStale(compare, now);
  const nul = nullSummary(manifold.k, manifold.n);
  return (
    <figure className="attack-compare" data-testid="attack-compare">
      <figcaption title="Each attack from the same point. Click a row to show its path and readout.">
        All attacks from point #{compare.pointIndex} · null ρ {fmt(nul.mean, 2)} [{fmt(nul.lo, 2)}, {fmt(nul.hi, 2)}]
      </figcaption>
      {stale && (
        <p className="attack-flag" data-testid="compare-stale-note">
          Computed on the epoch-{compare.epoch} network; the view shows epoch {now}. Press “All attacks” to compare on this epoch.
        </p>
      )}
      <table className={stale ? 'stale' : undefined}>
        <thead>
          <tr>
            <th title="Attack (its path colour)">Attack</th>
            <th title={`Kind of attack. ε: ${KIND_HELP.budget} min: ${KIND_HELP.minimal}`}>Kind</th>
            <th title="Did the prediction change (or reach the target)? Number: iterate of the first flip">Flip</th>
            <th title="L2 norm of the perturbation δ = final − start: the budget spent (ε rows) or the distance reached (min rows)">
              ‖δ‖₂
            </th>
            <th title="Where the path first crossed the boundary, ‖crossing − start‖₂ (◆ in the view): compares across every row">◆</th>
            <th title="Tangent share ρ_δ = ‖P_T δ‖² / ‖δ‖² (compare with the null k/n)">ρ_δ</th>
            <th title="Angle between δ and the manifold, degrees (90 = straight off it)">∠M</th>
          </tr>
        </thead>
        <tbody>
          {compare.rows.map((r) => (
            <tr
              key={r.attackId}
              onClick={() => select(r)}
              data-attack={r.attackId}
              data-kind={r.kind}
              title={`${attackName(r.attackId)}: click to show its path`}
            >
              <td>
                <span className="swatch" style={{ background: ATTACK_COLORS[r.attackId] }} />
                {attackName(r.attackId)}
              </td>
              <td className={`attack-kind-${r.kind}`} title={KIND_HELP[r.kind]}>
                {KIND_MARK[r.kind]}
              </td>
              {r.start === 'clean' ? (
                <td className={r.success ? 'ok' : 'fail'}>{r.success ? `✓ ${r.flipStep ?? ''}` : '✗'}</td>
              ) : (
                <td className="attack-flag" title={startNote(r) ?? ''} data-start={r.start}>
                  {r.start === 'in-target' ? 'in target' : 'misclassified'}
                </td>
              )}
              <td>{fmt(r.l2)}</td>
              <td data-testid="compare-crossing">{fmt(r.crossingL2)}</td>
              <td>{fmt(r.rho, 2)}</td>
              <td>{fmt(r.angleDeg, 0)}°</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        onClick={() => downloadText(rowsToCsv(compare.rows), `attacks-point-${compare.pointIndex}.csv`, 'text/csv')}
        title="Download one row per attack (kind, success, flip step, ‖δ‖, crossing distance, ρ_δ, angle, classes) as CSV"
        data-testid="compare-csv"
      >
        Export CSV
      </button>
    </figure>
  );
}
