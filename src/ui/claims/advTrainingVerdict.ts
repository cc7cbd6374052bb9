import type { AdvTrainingOutcome } from '../../engine/claimsTypes';

/** "rose 28 % (0.220 → 0.281)": the measured change of a positive quantity, said plainly. */
export function changeText(before: number, after: number): string {
  const pct = (100 * (after - before)) / Math.max(1e-9, Math.abs(before));
  const verb = Math.abs(pct) < 0.5 ? 'was unchanged' : pct > 0 ? `rose ${pct.toFixed(0)} %` : `fell ${(-pct).toFixed(0)} %`;
  return `${verb} (${before.toFixed(3)} → ${after.toFixed(3)})`;
}

/**
 * The DMM (docs/science.md §1 item 4) predicts the dimples deepen while C stays where it was. One
 * run has no seed-to-seed spread, so the verdict states both changes and compares C's rise with the
 * dimples' rise (a boundary that moved away as a whole raises both by the same distance) instead of
 * calling a change "about the same" by a fixed cut-off.
 */
export function verdict(r: AdvTrainingOutcome): string {
  const { standard: s, adversarial: a, request } = r;
  const dC = a.clinging - s.clinging;
  const dD = a.medianAbsD - s.medianAbsD;
  const share =
    dD > 0 && dC > 0
      ? ` C's rise is ${((100 * dC) / dD).toFixed(0)} % of the dimples' rise: ${dC >= dD ? 'the boundary moved away from the manifold at least as much as around the points, which the DMM does not predict' : 'part of the deepening is the whole boundary moving away, part is local dimpling'}.`
      : '';
  return `Measured (one seed): median |D_i| ${changeText(s.medianAbsD, a.medianAbsD)} with ε = ${request.eps}; C ${changeText(s.clinging, a.clinging)}.${share} The DMM predicts the dimples deepen toward ε while C stays unchanged; rerun with another scene seed to see how much C varies from seed to seed.`;
}
