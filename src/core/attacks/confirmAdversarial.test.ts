import { describe, expect, it } from 'vitest';
import { predictClass } from '../model/classifier';
import { createRng } from '../rng';
import { confirmAdversarial, startStatus } from './confirmAdversarial';
import { ATTACKS, runAttack } from './registry';
import { linearBinary, planeManifold, planeProjector, randomMlp, randomPoints } from './test/helpers';

const lo = Float64Array.of(-3, -3, -3),
  hi = Float64Array.of(3, 3, 3);

describe('where an attack starts', () => {
  it('in the target class first, then misclassified, else clean', () => {
    expect(startStatus(1, 0, 1)).toBe('in-target');
    expect(startStatus(1, 1, 1)).toBe('in-target');
    expect(startStatus(1, 0, undefined)).toBe('misclassified');
    expect(startStatus(1, 0, 0)).toBe('misclassified');
    expect(startStatus(0, 0, 1)).toBe('clean');
    expect(startStatus(0, undefined, undefined)).toBe('clean');
  });
});

describe('a returned adversarial point is adversarial as the app sees it', () => {
  it('a point exactly on a linear boundary is pushed just past it, in float64 and float32', () => {
    const model = linearBinary([3, 4, 12], -12.8);
    const x0 = Float64Array.of(0.2, 0.3, 0.5); // logit −5: class 0
    // On the boundary: z = 0 exactly in float64, so class 0 still (class 1 iff z > 0).
    const onBoundary = Float64Array.of(0.2, 0.3, (12.8 - 0.6 - 1.2) / 12);
    const isAdv = (c: number) => c === 1;
    expect(predictClass(model.logits(onBoundary))).toBe(0);
    const r = confirmAdversarial(model, x0, onBoundary, isAdv, lo, hi)!;
    expect(r.nudged).toBe(true);
    expect(predictClass(model.logits(r.x))).toBe(1);
    expect(predictClass(model.logits(Float32Array.from(r.x)))).toBe(1);
    expect(Math.abs(r.x[2] - onBoundary[2])).toBeLessThan(1e-6);
  });

  it('a point that never gets past the boundary is not adversarial', () => {
    const model = linearBinary([0, 0, 1], -10); // the boundary z = 10 lies outside the box
    expect(confirmAdversarial(model, Float64Array.of(0, 0, 0), Float64Array.of(0, 0, 3), (c) => c === 1, lo, hi)).toBeNull();
  });

  const nets = { 'binary tanh': randomMlp(3, [3, 24, 1]), '3-class relu': randomMlp(4, [3, 24, 3], 'relu') };
  for (const [name, model] of Object.entries(nets)) {
    it(`${name}: every success of every attack flips the float32 point in both passes`, () => {
      let successes = 0;
      for (const spec of ATTACKS) {
        for (const x0 of randomPoints(11, 12, 3, -1, 1)) {
          const r = runAttack(spec.id, {
            model,
            x0,
            label: predictClass(model.logits(x0)),
            lo: -3,
            hi: 3,
            rng: createRng(1),
            projector: planeProjector,
            manifold: planeManifold(),
          });
          if (!r.success) continue;
          successes++;
          const stored = Float32Array.from(r.final);
          const c64 = predictClass(model.logits(stored)),
            c32 = predictClass(model.logitsFloat32!(stored));
          expect(c64, `${spec.id}`).not.toBe(r.originalClass);
          expect(c32, `${spec.id}`).not.toBe(r.originalClass);
          expect(r.finalClass).toBe(predictClass(model.logits(r.final)));
        }
      }
      expect(successes).toBeGreaterThan(50);
    });
  }

  it('the float32 pass agrees with the float64 pass to float32 precision', () => {
    const model = nets['3-class relu'];
    for (const x of randomPoints(5, 20, 3, -1, 1)) {
      const a = model.logits(x),
        b = model.logitsFloat32!(x);
      a.forEach((v, j) => expect(Math.abs(v - b[j])).toBeLessThan(1e-5 * (1 + Math.abs(v))));
    }
  });
});
