import { beforeAll, describe, expect, it } from 'vitest';
import type { MlpWeights } from '../model/mlpWeights';
import { createRng } from '../rng';
import { robustnessSummary } from './robustness';

// f(x) = w·x + b in R^5: distance to the boundary |f|/|w| with |w| = 3, tangent share 5/9 on {e0, e1}.
const w = [1, 2, 0, 2, 0];
const b = -2.5;
const linear: MlpWeights = { activation: 'relu', layers: [{ inDim: 5, outDim: 1, W: Float32Array.from(w), b: Float32Array.of(b) }] };
const f = (x: ArrayLike<number>) => w.reduce((s, wi, i) => s + wi * x[i], b);
const unit = (i: number) => Float64Array.from({ length: 5 }, (_, j) => (j === i ? 1 : 0));

function points(count: number) {
  const rng = createRng(4);
  const pts = new Float32Array(count * 5);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < 5; j++) pts[5 * i + j] = rng.next();
    labels[i] = f(pts.subarray(5 * i, 5 * i + 5)) > 0 ? 1 : 0;
  }
  return { points: pts, labels, n: 5, numClasses: 2 };
}

describe('robustnessSummary on an affine classifier', () => {
  const set = points(20);
  const eps = 0.3;
  let r!: Awaited<ReturnType<typeof robustnessSummary>>;
  beforeAll(async () => {
    r = await robustnessSummary(linear, set, {
      norm: 'L2', eps, steps: 20, bounds: { lo: -10, hi: 10 }, seed: 1, tangent: () => [unit(0), unit(1)], flipStepSize: 0.005,
    });
  });

  it('boundary distances are |f|/|w| and robust accuracy counts the points farther than eps', () => {
    let far = 0;
    for (let i = 0; i < 20; i++) {
      const d = Math.abs(f(set.points.subarray(5 * i, 5 * i + 5))) / 3;
      expect(r.flipNorms[i]).toBeCloseTo(d, 4);
      if (d > eps + 1e-3) far++;
    }
    expect(r.cleanAccuracy).toBe(1);
    expect(r.robustAccuracy).toBeCloseTo(far / 20, 12);
    expect(r.fracFlipAtLeastEps).toBeCloseTo(far / 20, 12);
  });

  it('rho_d and rho_g equal the analytic tangent share 5/9; null mean k/n = 2/5', () => {
    for (let i = 0; i < 20; i++) {
      expect(r.rhoGrad[i]).toBeCloseTo(5 / 9, 9);
      expect(r.rhoDelta[i]).toBeCloseTo(5 / 9, 3);
    }
    expect([r.k, r.nullMean]).toEqual([2, 0.4]);
  });

  it('with an axis-aligned tangent basis the support-matched null of each vector equals its own ρ (5/9)', () => {
    // Leverages h = (1, 1, 0, 0, 0): Σ v_i² h_i / |v|² is the tangent share itself, whatever the signs.
    for (let i = 0; i < 20; i++) {
      expect(r.supportNullGrad[i]).toBeCloseTo(5 / 9, 9);
      expect(r.supportNullDelta[i]).toBeCloseTo(r.rhoDelta[i], 9);
    }
    expect(r.medianSupportNullGrad).toBeCloseTo(5 / 9, 9);
    expect(r.medianSupportNullDelta).toBeCloseTo(5 / 9, 3);
  });
});
