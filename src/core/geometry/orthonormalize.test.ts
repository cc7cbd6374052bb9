import { describe, expect, it } from 'vitest';
import { dot } from '../linalg';
import { createRng } from '../rng';
import { orthogonalComplement, orthonormalize } from './orthonormalize';

function maxGramError(Q: Float64Array[]): number {
  let e = 0;
  for (let i = 0; i < Q.length; i++) for (let j = 0; j < Q.length; j++) e = Math.max(e, Math.abs(dot(Q[i], Q[j]) - (i === j ? 1 : 0)));
  return e;
}

const randomVectors = (n: number, k: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: k }, () => Float64Array.from({ length: n }, () => rng.normal()));
};

describe('orthonormalize', () => {
  it('gives e_x, e_y from (2,0,0), (1,3,0)', () => {
    const Q = orthonormalize([
      [2, 0, 0],
      [1, 3, 0],
    ]);
    expect(Array.from(Q[0])).toEqual([1, 0, 0]);
    expect(Array.from(Q[1])).toEqual([0, 1, 0]);
  });

  it('drops dependent and zero vectors', () => {
    const Q = orthonormalize([
      [1, 1, 0],
      [2, 2, 0],
      [0, 0, 0],
      [1, 1, 1e-14],
      [0, 0, 5],
    ]);
    expect(Q).toHaveLength(2);
    expect(maxGramError(Q)).toBeLessThan(1e-15);
  });

  it('stays orthonormal for nearly dependent vectors (twice is enough)', () => {
    const base = randomVectors(50, 1, 3)[0];
    const noise = randomVectors(50, 5, 4);
    const V = noise.map((w) => base.map((b, i) => b + 1e-7 * w[i]));
    const Q = orthonormalize(V);
    expect(Q).toHaveLength(5);
    expect(maxGramError(Q)).toBeLessThan(1e-12);
  });

  it('spans the inputs: each input equals its projection onto span(Q)', () => {
    const V = randomVectors(30, 6, 5);
    const Q = orthonormalize(V);
    for (const v of V) {
      const r = Float64Array.from(v);
      for (const q of Q) {
        const s = dot(q, v);
        for (let i = 0; i < r.length; i++) r[i] -= s * q[i];
      }
      expect(Math.sqrt(dot(r, r))).toBeLessThan(1e-12);
    }
  });
});

describe('orthogonalComplement', () => {
  it('complements the x-y plane in R³ with ±e_z', () => {
    const N = orthogonalComplement([Float64Array.of(1, 0, 0), Float64Array.of(0, 1, 0)], 3);
    expect(N).toHaveLength(1);
    expect(Math.abs(N[0][2])).toBeCloseTo(1, 15);
  });

  it.each([
    [5, 2],
    [196, 16],
    [800, 32],
  ])('n = %i, k = %i: [Q; N] is an orthonormal basis of R^n', (n, k) => {
    const Q = orthonormalize(randomVectors(n, k, n + k));
    const N = orthogonalComplement(Q, n);
    expect(N).toHaveLength(n - k);
    const sample = N.length > 25 ? [...N.slice(0, 20), ...N.slice(-5)] : N;
    expect(maxGramError(sample)).toBeLessThan(1e-13);
    for (const q of Q) for (const v of sample) expect(Math.abs(dot(q, v))).toBeLessThan(1e-13);
  });

  it('rejects dependent input', () => {
    expect(() =>
      orthogonalComplement(
        [
          [1, 0, 0],
          [2, 0, 0],
        ],
        3,
      ),
    ).toThrow(/dependent/);
  });
});
