import { describe, expect, it } from 'vitest';
import type { ABRow } from '../../core/experiments/experimentAB';
import { summarizeAB } from '../../core/experiments/experimentABStats';
import { abVerdict, pairedExcess } from './abVerdict';

// Rows with only what the verdict reads: rank k = 16 of n = 196, rho_delta and its support-matched null.
const row = (i: number, rhoDelta: number, supportNullDelta: number, skipped = false): ABRow =>
  ({ index: i, label: 0, pred: 0, skipped, rank: 16, rhoDelta, supportNullDelta }) as unknown as ABRow;

describe('Experiment A verdict against the support-matched null', () => {
  it('is the paired mean difference with two standard errors', () => {
    const rows = [row(0, 0.2, 0.1), row(1, 0.25, 0.12), row(2, 0.3, 0.11), row(3, 0.9, 0.5, true)];
    const p = pairedExcess(rows);
    // d = 0.10, 0.13, 0.19: mean 0.14, sd 0.045826, 2 sd / sqrt 3 = 0.052915.
    expect(p.count).toBe(3);
    expect(p.mean).toBeCloseTo(0.14, 12);
    expect(p.band).toBeCloseTo(0.052915, 6);
    const v = abVerdict(summarizeAB(rows, 196), rows);
    expect(v.text).toBe(
      'ρ_δ = 0.250 vs its support-matched null 0.110 (k/n = 0.082); ρ_δ − null = +0.140 ± 0.053: δ leans towards M more than a random perturbation on the same pixels — not the DMM direction.',
    );
  });

  it('says "more normal" below the null, "indistinguishable" inside its band, and "too few" for one digit', () => {
    const below = [row(0, 0.05, 0.1), row(1, 0.06, 0.12), row(2, 0.04, 0.11)];
    expect(abVerdict(summarizeAB(below, 196), below).text).toMatch(/: δ is more normal to M than a random perturbation on the same pixels/);
    const inside = [row(0, 0.1, 0.1), row(1, 0.15, 0.12), row(2, 0.08, 0.11)];
    expect(abVerdict(summarizeAB(inside, 196), inside).text).toMatch(/: indistinguishable from a random perturbation on the same pixels/);
    const one = [row(0, 0.2, 0.1)];
    expect(abVerdict(summarizeAB(one, 196), one).text).toMatch(/ρ_δ − null = \+0\.100 ± –: too few digits to compare\.$/);
  });
});
