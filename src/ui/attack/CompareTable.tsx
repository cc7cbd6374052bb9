import { useApp } from '../../store/appStore';
import { attackLive } from '../../store/attackLive';
import { ATTACK_COLORS } from '../../store/attackColors';
import { showRun } from '../../store/attackRuns';
import { useAttack } from '../../store/attackStore';
import { nullSummary } from '../../core/attacks/attackAnalysis';
import type { AttackRow } from '../../engine/attackTypes';
import { attackName, fmt, startNote } from './format';

/** Show the path of this row's attack from the compared point. */
function select(row: AttackRow): void {
  const t = [...attackLive.tracks].reverse().find((x) => x.attackId === row.attackId && x.pointIndex === row.index && x.readout);
  if (t) showRun(t.runId);
}

/** "Run all attacks from this point": one row per attack. */
export function CompareTable() {
  const compare = useAttack((s) => s.compare);
  const manifold = useApp((s) => s.dataset?.manifold);
  if (!compare || !manifold) return null;
  const nul = nullSummary(manifold.k, manifold.n);
  return (
    <figure className="attack-compare" data-testid="attack-compare">
      <figcaption title="Each attack from the same point. Click a row to show its path and readout.">
        All attacks from point #{compare.pointIndex} · null ρ {fmt(nul.mean, 2)} [{fmt(nul.lo, 2)}, {fmt(nul.hi, 2)}]
      </figcaption>
      <table>
        <thead>
          <tr>
            <th title="Attack (its path colour)">Attack</th>
            <th title="Did the prediction change (or reach the target)? Number: iterate of the first flip">Flip</th>
            <th title="L2 norm of the perturbation δ = final − start">‖δ‖₂</th>
            <th title="Tangent share ρ_δ = ‖P_T δ‖² / ‖δ‖² (compare with the null k/n)">ρ_δ</th>
            <th title="Angle between δ and the manifold, degrees (90 = straight off it)">∠M</th>
          </tr>
        </thead>
        <tbody>
          {compare.rows.map((r) => (
            <tr key={r.attackId} onClick={() => select(r)} data-attack={r.attackId} title={`Show the ${attackName(r.attackId)} path`}>
              <td>
                <span className="swatch" style={{ background: ATTACK_COLORS[r.attackId] }} />
                {attackName(r.attackId)}
              </td>
              {r.start === 'clean' ? (
                <td className={r.success ? 'ok' : 'fail'}>{r.success ? `✓ ${r.flipStep ?? ''}` : '✗'}</td>
              ) : (
                <td className="attack-flag" title={startNote(r) ?? ''} data-start={r.start}>
                  {r.start === 'in-target' ? 'in target' : 'misclassified'}
                </td>
              )}
              <td>{fmt(r.l2)}</td>
              <td>{fmt(r.rho, 2)}</td>
              <td>{fmt(r.angleDeg, 0)}°</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
