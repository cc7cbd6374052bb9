import { describe, expect, it } from 'vitest';
import { initMlpWeights } from '../model/initWeights';
import { mlpClassifier } from '../model/jsMlp';
import { classOfFromClassifier, normalCrossing } from './boundaryMetrics';
import { firstCrossingAlongRay, isSingleReluLogit, normalDistanceExact } from './reluLineCrossing';
import { createRng } from '../rng';
import type { MlpWeights } from '../model/mlpWeights';

describe('exact ray crossing for 1-hidden-layer ReLU nets', () => {
  it('finds the analytic crossing of a known net', () => {
    // f(x) = relu(z - 0.5) - relu(0.5 - z) + 0 * ... - 0.2  =>  f = z - 0.7 around z in [0,1]: crossing at z = 0.7.
    const w: MlpWeights = {
      activation: 'relu',
      layers: [
        { inDim: 3, outDim: 2, W: Float32Array.from([0, 0, 0, 0, 1, -1]), b: Float32Array.from([-0.5, 0.5]) },
        { inDim: 2, outDim: 1, W: Float32Array.from([1, -1]), b: Float32Array.from([-0.2]) },
      ],
    };
    expect(isSingleReluLogit(w)).toBe(true);
    expect(firstCrossingAlongRay(w, [0.3, 0.3, 0.5], [0, 0, 1], 0.5)).toBeCloseTo(0.2, 6);
    expect(firstCrossingAlongRay(w, [0.3, 0.3, 0.5], [0, 0, -1], 0.5)).toBe(Infinity);
    expect(normalDistanceExact(w, [0.3, 0.3, 0.5], [0, 0, 1], 0.5)).toBeCloseTo(0.2, 6);
    expect(normalDistanceExact(w, [0.3, 0.3, 0.5], [0, 0, 1], 0.1)).toBe(0.1);
  });

  it('agrees with scan-and-bisect on random nets (where the scan cannot miss a pocket)', () => {
    const rng = createRng(3);
    let compared = 0;
    for (let s = 0; s < 6; s++) {
      const w = initMlpWeights(3, [64], 1, 'relu', 1, s + 1);
      const classOf = classOfFromClassifier(mlpClassifier(w));
      for (let k = 0; k < 20; k++) {
        const p = [rng.next(), rng.next(), 0.5];
        const exact = normalDistanceExact(w, p, [0, 0, 1], 0.5);
        const scan = normalCrossing(classOf, p, [0, 0, 1], 0.5, { steps: 400, tol: 1e-7 });
        // The exact crossing can only be earlier (the scan may step over a thin pocket).
        expect(exact).toBeLessThanOrEqual(scan + 1e-6);
        if (Math.abs(exact - scan) < 2e-3) compared++;
      }
    }
    expect(compared).toBeGreaterThan(110);
  });
});
