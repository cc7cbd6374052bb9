// Minimal-distance attacks end at the path's first boundary crossing (docs/science.md §7, §8).
import { describe, expect, it } from 'vitest';
import type { Classifier } from '../model/classifier';
import { predictClass } from '../model/classifier';
import { createRng } from '../rng';
import { crossingPoint } from './attackAnalysis';
import { deepFool } from './deepFool';
import { ATTACKS, runAttack } from './registry';
import { dist, linearBinary, planeManifold, planeProjector, randomMlp, randomPoints } from './test/helpers';
import type { AttackContext, AttackName, AttackParams } from './types';

/** z = x₁³ + x₁ − 2: boundary x₁ = 1, and at x₀ = 0 the slope (1) is a quarter of the mean slope to it. */
const cubic: Classifier = {
  inputDim: 2,
  numClasses: 2,
  outputs: 1,
  logits: (x) => Float64Array.of(x[0] ** 3 + x[0] - 2),
  inputGradient: (x, cot) => Float64Array.of((3 * x[0] ** 2 + 1) * cot[0], 0),
};

describe('DeepFool ends at (1 + η) times the crossing distance', () => {
  it('linear f = 3x₁ + 4x₂ − 5 from 0: ‖δ‖ = (1 + η)·1 for every η', () => {
    const ctx: AttackContext = { model: linearBinary([3, 4], -5), x0: [0, 0], label: 0, lo: -10, hi: 10 };
    for (const overshoot of [0, 0.02, 0.1, 0.5]) {
      const r = deepFool(ctx, { overshoot });
      expect(r.success).toBe(true);
      expect(Math.hypot(r.final[0], r.final[1])).toBeCloseTo(1 + overshoot, 7);
      expect(r.final[0] / r.final[1]).toBeCloseTo(0.75, 9); // along the normal (3, 4)/5
    }
  });
  it('curved f = x₁³ + x₁ − 2: the linear step lands at 2.04, the end point at 1.02', () => {
    const r = deepFool({ model: cubic, x0: [0, 0], label: 0, lo: -10, hi: 10 });
    expect(r.kind).toBe('minimal');
    expect(r.flipStep).toBe(1);
    expect(r.trajectory[1][0]).toBeCloseTo(2.04, 6); // x₀ + 1.02·(2 / 1): twice past the boundary
    expect(r.extra?.lineSearch).toBe(1);
    expect(r.final[0]).toBeCloseTo(1.02, 6);
    expect(r.final[1]).toBe(0);
    expect(crossingPoint(r, cubic)![0]).toBeCloseTo(1, 8);
    // η = 0: on the crossing, up to the 2⁻²⁴-of-δ push that keeps it past the boundary in float32.
    expect(deepFool({ model: cubic, x0: [0, 0], label: 0, lo: -10, hi: 10 }, { overshoot: 0 }).final[0]).toBeCloseTo(1, 6);
  });
});

// Every attack that measures a distance, with the parameters that make it one.
const MINIMAL: [AttackName, AttackParams, number][] = [
  ['deepFool', {}, 0.02],
  ['cwL2', { steps: 300 }, 0],
  ['pgdL2', { eps: 6, randomStart: false, steps: 300, earlyStop: true, stepSize: 0.05 }, 0],
  ['pgdLinf', { eps: 3, randomStart: false, steps: 300, earlyStop: true, stepSize: 0.05 }, 0],
  ['pgdOnManifold', { eps: 6, randomStart: false, steps: 300, earlyStop: true, stepSize: 0.05 }, 0],
  ['pgdOffManifold', { eps: 6, randomStart: false, steps: 300, earlyStop: true, stepSize: 0.05 }, 0],
  ['exactManifold', { stepSize: 0.05, steps: 400 }, 0],
];

describe.each([
  ['binary ReLU', randomMlp(6, [3, 24, 24, 1], 'relu', 2)],
  ['4-class ReLU', randomMlp(4, [3, 24, 24, 4], 'relu', 2)],
])('%s net in R³ (plane toy geometry)', (_name, model) => {
  const points = randomPoints(11, 16, 3, -1, 1).map((p) => Float64Array.of(p[0], p[1], 0.5));
  const ctxOf = (x0: Float64Array): AttackContext => ({
    model,
    x0,
    label: predictClass(model.logits(x0)),
    lo: -3,
    hi: 3,
    rng: createRng(2),
    projector: planeProjector,
    manifold: planeManifold(),
  });
  it.each(MINIMAL)('%s: final ‖δ‖ ≤ (1 + η)·first crossing, and the search shortened some paths', (id, params, eta) => {
    let flips = 0;
    let shortened = 0;
    for (const x0 of points) {
      const r = runAttack(id, ctxOf(x0), params);
      expect(r.kind).toBe('minimal');
      if (!r.success || r.flipStep === 0) continue;
      flips++;
      if (r.extra?.lineSearch) shortened++;
      const c = crossingPoint(r, model)!;
      // 1e-5 relative: the float32 push of confirmAdversarial (2⁻²⁴ … of δ) and the 2⁻³⁰ bracket.
      expect(dist(r.final, x0)).toBeLessThanOrEqual((1 + eta) * dist(c, x0) * (1 + 1e-5));
    }
    expect(flips).toBeGreaterThanOrEqual(5);
    expect(shortened).toBeGreaterThan(0);
  });
  it('fixed-budget attacks are marked as such and spend their budget', () => {
    const budget = ATTACKS.filter((s) => ['fgsm', 'fgm', 'pgdLinf', 'pgdL2', 'pgdOnManifold', 'pgdOffManifold'].includes(s.id));
    for (const s of budget) {
      const r = runAttack(s.id, ctxOf(points[0]), s.id.startsWith('fg') ? { eps: 0.5 } : { eps: 0.5, randomStart: false });
      expect(r.kind, s.id).toBe('budget');
      expect(r.extra?.lineSearch, s.id).toBeUndefined();
    }
  });
});
