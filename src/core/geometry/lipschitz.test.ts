import { describe, expect, it } from 'vitest';
import { mlpClassifier } from '../model/jsMlp';
import type { Activation } from '../model/mlpWeights';
import { createRng } from '../rng';
import { randomMlp, wavySheetMlp } from './gridTestNets';
import { lipschitzBound, spectralNormBound } from './lipschitz';

/** Spectral norm by long power iteration in float64 (converges from below). */
function powerNorm(W: Float32Array, rows: number, cols: number): number {
  let v = new Float64Array(cols).fill(1).map((_, i) => 1 + 0.01 * i);
  let s = 0;
  for (let it = 0; it < 600; it++) {
    const u = new Float64Array(rows);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) u[i] += W[i * cols + j] * v[j];
    const z = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) z[j] += W[i * cols + j] * u[i];
    const nz = Math.hypot(...z);
    s = Math.sqrt(nz / Math.hypot(...v));
    v = z.map((x) => x / nz);
  }
  return s;
}

describe('spectralNormBound', () => {
  const rng = createRng(3);
  it.each([
    [3, 400],
    [400, 3],
    [64, 64],
    [5, 7],
    [400, 1],
    [20, 90],
    [140, 150],
  ])('bounds a random %i x %i matrix tightly', (r, c) => {
    const W = Float32Array.from({ length: r * c }, () => rng.normal());
    const s = powerNorm(W, r, c);
    const b = spectralNormBound(W, r, c);
    expect(b).toBeGreaterThanOrEqual(s * (1 - 1e-9));
    const fro = Math.hypot(...W);
    if (Math.min(r, c) > 128)
      expect(b).toBeLessThanOrEqual(fro * (1 + 1e-6)); // Frobenius fallback
    else expect(b).toBeLessThan(1.1 * s);
  });

  it('is exact for identity and diagonal matrices (equal top eigenvalues included)', () => {
    const I = new Float32Array(36);
    for (let i = 0; i < 6; i++) I[i * 6 + i] = i < 3 ? 2 : 1;
    expect(spectralNormBound(I, 6, 6)).toBeCloseTo(2, 6);
    expect(spectralNormBound(new Float32Array(12), 3, 4)).toBe(0);
  });
});

describe('lipschitzBound', () => {
  const acts: Activation[] = ['relu', 'tanh', 'elu', 'softplus', 'sigmoid'];
  it.each(acts)('%s nets: no sampled gradient exceeds the bound', (act) => {
    const rng = createRng(7);
    for (const sizes of [
      [3, 64, 64, 1],
      [3, 200, 1],
      [2, 16, 16, 2],
    ]) {
      const w = randomMlp(sizes, act, 11);
      const net = mlpClassifier(w);
      const L = lipschitzBound(w);
      const cot = sizes.at(-1) === 1 ? [1] : [-1, 1];
      let gmax = 0;
      for (let i = 0; i < 400; i++) {
        const x = Array.from({ length: sizes[0] }, () => rng.uniform(-3, 3));
        gmax = Math.max(gmax, Math.hypot(...net.inputGradient(x, cot)));
      }
      expect(gmax).toBeLessThanOrEqual(L);
    }
  });

  it('uses the path bound when big weights sit on few units', () => {
    const w = wavySheetMlp([3, 400, 1], 1);
    const product = spectralNormBound(w.layers[0].W, 3, 400) * spectralNormBound(w.layers[1].W, 400, 1);
    expect(lipschitzBound(w)).toBeLessThan(0.5 * product);
    expect(lipschitzBound(w)).toBeGreaterThan(4); // the sheet's own slope
  });
});
