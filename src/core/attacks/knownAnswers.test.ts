// Known answers of docs/science.md §8 on f(x) = 3 x1 + 4 x2 - 5 from x0 = (0, 0), label 0.
import { describe, expect, it } from 'vitest';
import { carliniWagnerL2 } from './carliniWagnerL2';
import { deepFool } from './deepFool';
import { fgm } from './fgm';
import { fgsm } from './fgsm';
import { pgdL2 } from './pgdL2';
import { pgdLinf } from './pgdLinf';
import { affineMulticlass, linearBinary } from './test/helpers';
import type { AttackContext } from './types';
import { createRng } from '../rng';

const f = linearBinary([3, 4], -5);
const ctx: AttackContext = { model: f, x0: [0, 0], label: 0, lo: -10, hi: 10 };
const z = (x: ArrayLike<number>) => f.logits(x)[0];

describe('DeepFool on the linear model', () => {
  it('eta = 0: r = (0.6, 0.8) in one step, on f = 0, class changed', () => {
    const r = deepFool(ctx, { overshoot: 0 });
    expect(r.steps).toBe(1);
    expect(r.final[0]).toBeCloseTo(0.6, 7);
    expect(r.final[1]).toBeCloseTo(0.8, 7);
    expect(r.extra?.rTotalNorm).toBeCloseTo(1, 7);
    expect(Math.abs(z(r.final))).toBeLessThan(1e-6);
    expect(r.success).toBe(true);
    expect(r.finalClass).toBe(1);
    expect(r.flipStep).toBe(1);
  });
  it('eta = 0.02: final point (0.612, 0.816) (overshoot on the accumulated r)', () => {
    const r = deepFool(ctx);
    expect(r.steps).toBe(1);
    expect(r.final[0]).toBeCloseTo(0.612, 7);
    expect(r.final[1]).toBeCloseTo(0.816, 7);
  });
  it('multiclass affine: one iteration, exact distance to the closest boundary', () => {
    const W = [
      [1, 0],
      [0, 2],
      [-1, 1],
    ];
    const b = [0.5, 0, -0.2];
    const model = affineMulticlass(W, b);
    const x0 = [0.3, -0.1];
    // Analytic distance to each boundary Z_j = Z_0 (class 0 is predicted at x0).
    const dist = [1, 2].map((j) => {
      const w = [W[j][0] - W[0][0], W[j][1] - W[0][1]];
      return Math.abs(w[0] * x0[0] + w[1] * x0[1] + b[j] - b[0]) / Math.hypot(w[0], w[1]);
    });
    const r = deepFool({ model, x0, label: 0, lo: -10, hi: 10 }, { overshoot: 0 });
    expect(r.originalClass).toBe(0);
    expect(r.steps).toBe(1);
    expect(r.success).toBe(true);
    expect(Math.hypot(r.final[0] - x0[0], r.final[1] - x0[1])).toBeCloseTo(Math.min(...dist), 7);
  });
});

describe('FGSM / FGM thresholds', () => {
  it('FGSM flips for eps >= 5/7 and not below', () => {
    expect(fgsm(ctx, { eps: 5 / 7 + 1e-6 }).success).toBe(true);
    expect(fgsm(ctx, { eps: 5 / 7 - 1e-3 }).success).toBe(false);
    expect(Array.from(fgsm(ctx, { eps: 0.5 }).final)).toEqual([0.5, 0.5]);
  });
  it('FGM flips for eps > 1 (minimal L2 distance) and not below', () => {
    expect(fgm(ctx, { eps: 1 + 1e-6 }).success).toBe(true);
    expect(fgm(ctx, { eps: 1 - 1e-3 }).success).toBe(false);
  });
});

describe('PGD on the linear model', () => {
  it('L2 at eps = 1 converges to (0.6, 0.8), without and with random start', () => {
    const a = pgdL2(ctx, { eps: 1, randomStart: false });
    expect(Math.hypot(a.final[0] - 0.6, a.final[1] - 0.8)).toBeLessThan(1e-2);
    const b = pgdL2({ ...ctx, rng: createRng(7) }, { eps: 1, steps: 400 });
    expect(b.trajectory.length).toBe(402); // x0, random start, 400 steps
    expect(Math.hypot(b.final[0] - 0.6, b.final[1] - 0.8)).toBeLessThan(1e-2);
  });
  it('Linf at eps = 0.8 goes to the corner (0.8, 0.8) and flips; eps = 0.7 cannot', () => {
    // 40 steps of eps/30 reach the corner from x0 (not always from a random start).
    const a = pgdLinf(ctx, { eps: 0.8, randomStart: false });
    expect(a.final[0]).toBeCloseTo(0.8, 12);
    expect(a.final[1]).toBeCloseTo(0.8, 12);
    expect(a.success).toBe(true);
    expect(pgdLinf(ctx, { eps: 0.7 }).success).toBe(false);
  });
  it('early stop: the first flipped iterate is up to one step past the boundary, the end point on it', () => {
    const r = pgdL2(ctx, { eps: 5, stepSize: 0.01, randomStart: false, earlyStop: true, steps: 1000 });
    const flipped = r.trajectory[r.flipStep!];
    expect(Math.hypot(flipped[0], flipped[1])).toBeGreaterThan(1);
    expect(Math.hypot(flipped[0], flipped[1])).toBeLessThan(1.01 + 1e-9);
    expect(r.kind).toBe('minimal');
    expect(z(r.final)).toBeGreaterThan(0);
    expect(Math.hypot(r.final[0], r.final[1])).toBeCloseTo(1, 6); // the boundary's distance
  });
});

describe('Carlini-Wagner L2 on the linear model', () => {
  it('kappa = 0 ends near (0.6, 0.8), just across the boundary', () => {
    const r = carliniWagnerL2(ctx);
    expect(r.success).toBe(true);
    expect(Math.hypot(r.final[0] - 0.6, r.final[1] - 0.8)).toBeLessThan(0.05);
    expect(z(r.final)).toBeGreaterThan(0);
    expect(r.flipStep).not.toBeNull();
  });
  it('kappa = 1 needs a margin: z >= 1, distance about 6/5', () => {
    const r = carliniWagnerL2(ctx, { kappa: 1 });
    expect(z(r.final)).toBeGreaterThanOrEqual(1);
    expect(Math.hypot(r.final[0], r.final[1])).toBeCloseTo(1.2, 1);
  });
});
