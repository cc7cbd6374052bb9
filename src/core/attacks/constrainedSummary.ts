import { consistency } from '../geometry/nullModel';
import type { AttackRow, ConstrainedSummary } from './readout';

/** |r_on⁻² + r_off⁻² − 1| above this flags the run (docs/science.md §4 consistency check). */
export const CONSISTENCY_TOLERANCE = 0.25;

/**
 * r_on = mean on / mean free and r_off = mean off / mean free over the points where all three
 * modes flipped (docs/science.md §3 Exp. B: ratios of mean flip norms), with the §4 consistency.
 */
export function constrainedSummary(rows: AttackRow[]): ConstrainedSummary | null {
  const failed = { free: 0, on: 0, off: 0 };
  let sFree = 0;
  let sOn = 0;
  let sOff = 0;
  let used = 0;
  for (const r of rows) {
    if (r.freeNorm === undefined || r.start !== 'clean') continue;
    if (r.freeNorm === null) failed.free++;
    if (r.onNorm === null) failed.on++;
    if (r.offNorm === null) failed.off++;
    if (r.freeNorm == null || r.onNorm == null || r.offNorm == null) continue;
    sFree += r.freeNorm;
    sOn += r.onNorm;
    sOff += r.offNorm;
    used++;
  }
  if (used === 0 || sFree === 0) return null;
  const rOn = sOn / sFree;
  const rOff = sOff / sFree;
  const c = consistency(rOn, rOff);
  return {
    meanFree: sFree / used,
    meanOn: sOn / used,
    meanOff: sOff / used,
    rOn,
    rOff,
    consistency: c,
    flagged: !(Math.abs(c - 1) <= CONSISTENCY_TOLERANCE),
    used,
    failed,
  };
}
