import { describe, expect, it } from 'vitest';
import { initMlpWeights } from '../model/initWeights';
import { makeDataset } from '../datasets';
import { computeMetrics } from './snapshotMetrics';
import type { MlpWeights } from '../model/mlpWeights';

const plane = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const scene = { spec: plane.spec, points: plane.points, labels: plane.labels, numClasses: 2 };

/** f(x) = z - (0.5 + h) written as a 3-2-1 ReLU net: relu(z-c) - relu(c-z) - h. */
function planeAt(h: number, activation: 'relu' | 'tanh' = 'relu', extraLayer = false): MlpWeights {
  const first = { inDim: 3, outDim: 2, W: Float32Array.from([0, 0, 0, 0, 1, -1]), b: Float32Array.from([-0.5, 0.5]) };
  const out = { inDim: 2, outDim: 1, W: Float32Array.from([1, -1]), b: Float32Array.from([-h]) };
  if (!extraLayer) return { activation, layers: [first, out] };
  // An identity-like middle layer on non-negative activations keeps the function (ReLU only).
  const mid = { inDim: 2, outDim: 2, W: Float32Array.from([1, 0, 0, 1]), b: Float32Array.from([0, 0]) };
  return { activation, layers: [first, mid, out] };
}

describe('snapshot metrics (C, D_i)', () => {
  it('C and D_i equal the known height of an analytic boundary, exact and generic paths agree', () => {
    for (const h of [0.05, 0.2]) {
      const exact = computeMetrics(planeAt(h), plane.manifold, scene);
      const generic = computeMetrics(planeAt(h, 'relu', true), plane.manifold, scene);
      expect(exact.clinging).toBeCloseTo(h, 5);
      expect(generic.clinging).toBeCloseTo(h, 3);
      // Points at z = 0.5 are below the boundary: class 0 correct (+h), class 1 wrong (-h).
      for (let i = 0; i < plane.count; i++) {
        const expected = plane.labels[i] === 0 ? h : -h;
        expect(exact.dimples[i]).toBeCloseTo(expected, 5);
        expect(generic.dimples[i]).toBeCloseTo(expected, 3);
      }
    }
  });

  it('a boundary beyond the cap gives the cap', () => {
    expect(computeMetrics(planeAt(0.7), plane.manifold, scene).clinging).toBeCloseTo(0.5, 6);
  });

  it('runs on a random paper-sized net', () => {
    const m = computeMetrics(initMlpWeights(3, [400], 1, 'relu', 1, 1), plane.manifold, scene);
    expect(m.clinging).toBeGreaterThan(0);
    expect(m.clinging).toBeLessThanOrEqual(0.5);
    expect(m.dimples.length).toBe(25);
  });
});
