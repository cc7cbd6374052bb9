// r_on / r_off and the consistency check over batch rows (docs/science.md §3 Exp. B, §4).
import { describe, expect, it } from 'vitest';
import { constrainedSummary } from './constrainedSummary';
import type { AttackRow } from './readout';

describe('constrainedSummary', () => {
  const row = (free: number | null, on: number | null, off: number | null): AttackRow => ({
    index: 0,
    label: 0,
    attackId: 'pgdL2',
    kind: 'minimal',
    crossingL2: free,
    success: true,
    start: 'clean',
    flipStep: 1,
    steps: 1,
    l2: 1,
    linf: 1,
    rho: 0,
    angleDeg: 90,
    tangentNorm: 0,
    normalNorm: 1,
    originalClass: 0,
    originalConfidence: 1,
    finalClass: 1,
    finalConfidence: 1,
    freeNorm: free,
    onNorm: on,
    offNorm: off,
  });
  it('uses only points where all three modes flipped, and flags inconsistent ratios', () => {
    // Means over the two complete rows: free 1, on 1, off 1 → consistency 2 (flagged).
    const s = constrainedSummary([row(1, 1, 1), row(1, 1, 1), row(1, null, 1)])!;
    expect(s.used).toBe(2);
    expect(s.failed).toEqual({ free: 0, on: 1, off: 0 });
    expect(s.consistency).toBeCloseTo(2, 12);
    expect(s.flagged).toBe(true);
    const ok = constrainedSummary([row(1, 2, 2 / Math.sqrt(3))])!;
    expect(ok.consistency).toBeCloseTo(1, 12);
    expect(ok.flagged).toBe(false);
  });
  it('is null without any complete row', () => {
    expect(constrainedSummary([row(null, 1, 1)])).toBeNull();
  });
});
