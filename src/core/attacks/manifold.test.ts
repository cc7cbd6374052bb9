// On/off-manifold constraints (docs/science.md §3 Exp. B, §4, §7) on the plane toy in R^3.
import { describe, expect, it } from 'vitest';
import { norm2, sub } from '../linalg';
import { predictClass } from '../model/classifier';
import { createRng } from '../rng';
import { exactManifold } from './exactManifold';
import { minimalFlipNorm } from './minimalFlipNorm';
import { pgdOffManifold } from './pgdOffManifold';
import { pgdOnManifold } from './pgdOnManifold';
import { dist, linearBinary, planeManifold, planeProjector, randomMlp, sphereManifold } from './test/helpers';
import type { AttackContext } from './types';

// z = 3x + 4y + 12z - 12.8 is -5 at x0: free distance 5/13, in-plane 5/5, normal 5/12.
const linear = linearBinary([3, 4, 12], -12.8);
const x0 = [0.2, 0.3, 0.5];
const ctx: AttackContext = { model: linear, x0, label: 0, lo: -3, hi: 3, projector: planeProjector };

describe('tangent / normal projected PGD', () => {
  const mlp = randomMlp(5, [3, 16, 1]);
  const cases: [string, AttackContext][] = [
    ['linear, wide box', ctx],
    ['random MLP, tight box (clipping active)', { model: mlp, x0: [0.9, 0.05, 0.95], label: 0, lo: 0, hi: 1, projector: planeProjector }],
  ];
  it.each(cases)('%s: on-manifold delta has no normal part, off-manifold no tangent part', (_name, c) => {
    for (const randomStart of [false, true]) {
      const on = pgdOnManifold({ ...c, rng: createRng(3) }, { eps: 2, randomStart });
      const off = pgdOffManifold({ ...c, rng: createRng(3) }, { eps: 2, randomStart });
      for (const x of on.trajectory) expect(x[2] - c.x0[2]).toBe(0);
      for (const x of off.trajectory) {
        expect(x[0] - c.x0[0]).toBe(0);
        expect(x[1] - c.x0[1]).toBe(0);
      }
      for (const r of [on, off]) for (const x of r.trajectory) expect(dist(x, c.x0)).toBeLessThanOrEqual(2 * (1 + 1e-6));
      expect(on.steps).toBe(50);
    }
  });
  it('needs a projector', () => {
    expect(() => pgdOnManifold({ ...ctx, projector: undefined })).toThrow();
  });
});

describe('minimalFlipNorm', () => {
  it('gives the analytic distances and r_on^-2 + r_off^-2 = 1 (docs/science.md §4)', () => {
    const free = minimalFlipNorm(ctx).norm!;
    const on = minimalFlipNorm(ctx, { mode: 'on' }).norm!;
    const off = minimalFlipNorm(ctx, { mode: 'off' }).norm!;
    expect(free).toBeCloseTo(5 / 13, 6);
    expect(on).toBeCloseTo(1, 6);
    expect(off).toBeCloseTo(5 / 12, 6);
    expect((free / on) ** 2 + (free / off) ** 2).toBeCloseTo(1, 5);
  });
  it('returns null when the budget cannot reach the boundary', () => {
    const r = minimalFlipNorm(ctx, { mode: 'on', eps: 0.5 });
    expect(r.norm).toBeNull();
    expect(r.result.success).toBe(false);
  });
});

describe('exact-manifold walk', () => {
  it('every iterate stays on the plane z = 0.5 and flips at in-plane distance ~1', () => {
    const r = exactManifold({ ...ctx, manifold: planeManifold() }, { steps: 500, stepSize: 0.01 });
    expect(r.success).toBe(true);
    for (const x of r.trajectory) expect(x[2]).toBe(0.5);
    const d = norm2(sub(r.final, x0));
    expect(d).toBeGreaterThan(1);
    expect(d).toBeLessThan(1.01 + 1e-9);
  });
  it('every iterate stays on the unit sphere; targeted and untargeted flips', () => {
    const model = linearBinary([1, 0, 0], -0.5); // class 1 iff x > 0.5
    const start = [-0.6, 0.8, 0];
    for (const target of [undefined, 1]) {
      const r = exactManifold(
        { model, x0: start, label: 0, target, lo: -3, hi: 3, manifold: sphereManifold(1) },
        { steps: 500, stepSize: 0.02 },
      );
      expect(r.success).toBe(true);
      for (const x of r.trajectory) expect(norm2(x)).toBeCloseTo(1, 12);
      expect(r.final[0]).toBeGreaterThan(0.5);
      expect(predictClass(model.logits(r.trajectory[r.flipStep! - 1]))).toBe(0);
    }
  });
  it('stops before leaving the eps budget', () => {
    const r = exactManifold({ ...ctx, manifold: planeManifold() }, { eps: 0.5, steps: 500, stepSize: 0.01 });
    expect(r.success).toBe(false);
    expect(r.extra?.outOfBudget).toBe(1);
    for (const x of r.trajectory) expect(norm2(sub(x, x0))).toBeLessThanOrEqual(0.5);
  });
});
