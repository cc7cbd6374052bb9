import { describe, expect, it } from 'vitest';
import { makeDataset } from '../core/datasets';
import type { MlpWeights } from '../core/model/mlpWeights';
import { computeBoundary, overflowNotice } from './boundary';
import { loadedOverflowNotice, outputOverflow } from './outputOverflow';
import { initMlpWeights } from '../core/model/initWeights';

/** A 3-400-1 ReLU net whose first layer is ±3e38: finite in float32, but its logit overflows. */
function hugeNet(inDim: number): MlpWeights {
  const hidden = 400;
  const W1 = Float32Array.from({ length: inDim * hidden }, (_, i) => (i % 2 ? 3e38 : -3e38));
  const b1 = Float32Array.from({ length: hidden }, (_, j) => (j % 3) - 1);
  const W2 = Float32Array.from({ length: hidden }, (_, j) => (j % 2 ? 1 : -1));
  return {
    activation: 'relu',
    layers: [
      { inDim, outDim: hidden, W: W1, b: b1 },
      { inDim: hidden, outDim: 1, W: W2, b: Float32Array.of(0) },
    ],
  };
}

describe('a network whose outputs overflow', () => {
  for (const manifold of ['plane3d', 'line2d'] as const) {
    it(`${manifold}: the boundary has only finite coordinates, and the overflow is counted`, () => {
      const d = makeDataset({ manifold, pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
      const b = computeBoundary(hugeNet(d.n), d.manifold, 16);
      expect(b.nonFinite).toBeGreaterThan(0);
      const arrays =
        b.event.boundary.dim === 3
          ? [b.event.boundary.positions, b.event.boundary.normals]
          : [b.event.boundary.segments, b.event.boundary.probability];
      for (const a of arrays) expect(Array.from(a).every(Number.isFinite)).toBe(true);
    });
  }

  it('the notice says what overflowed and what to do', () => {
    expect(overflowNotice(2048, 4096)).toMatch(/output overflows.*50 % of the view's grid.*float32.*Reset the run/);
  });

  it('a loaded network: overflow in float32 is found at the training points, an ordinary one passes', () => {
    const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
    const o = outputOverflow(hugeNet(3), d.points, 3)!;
    expect(o.count).toBe(25);
    expect(o.total).toBe(25);
    expect(o.maxAbs).toBeGreaterThan(3.4e38);
    expect(loadedOverflowNotice(o)).toMatch(
      /^The loaded network's output overflows float32 at 25 of 25 training points \(\|logit\| up to \d\.\de\+\d+;/,
    );
    expect(outputOverflow(initMlpWeights(3, [400], 1, 'relu', 1, 1), d.points, 3)).toBeNull();
  });
});
