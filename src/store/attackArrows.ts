import type { AttackReadout } from '../engine/attackTypes';

/**
 * Display scale of the δ arrows: a perturbation that reaches a boundary hugging the data is a
 * few hundredths long, hidden inside the point's sphere at true size. The longer part is
 * drawn at least `minShare` of the view box; both parts share the factor so their ratio stays
 * true, and the readout prints the factor.
 */
export function arrowScale(r: Pick<AttackReadout, 'tangentNorm' | 'normalNorm'>, boxSize: number, minShare = 0.12): number {
  const longest = Math.max(r.tangentNorm, r.normalNorm);
  if (!(longest > 0)) return 1;
  return Math.max(1, (minShare * boxSize) / longest);
}

/** Largest side of the scene box (the scale of everything drawn in it). */
export function boxSizeOf(bounds: { lo: number[]; hi: number[] }): number {
  return Math.max(...bounds.hi.map((h, i) => h - bounds.lo[i]));
}
