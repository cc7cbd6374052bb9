import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImageSet } from '../datasets/mnist14';
import { autoencoderStacks } from '../model/decoderWeights';
import { modelFromFiles } from '../model/imageModelsIO';
import { createRng } from '../rng';
import { decoderTangentAt, randomFrame, subspaceDistance, tangentBasisFromJacobian } from './decoderTangent';
import { linearManifoldMaps } from './decoderTangentLinear';
import { symmetricEigen } from './decoderTangentSpectrum';
import { orthonormalize } from './orthonormalize';
import { decompose, projectNormal, projectTangent } from './projector';

const ROOT = join(__dirname, '..', '..', '..');
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const gauss = (n: number, rng = createRng(9)) => Float64Array.from({ length: n }, () => rng.normal());

function maxOrthoError(Q: Float64Array[]): number {
  let e = 0;
  Q.forEach((a, i) =>
    Q.forEach((b, j) => {
      e = Math.max(e, Math.abs(dot(a, b) - (i === j ? 1 : 0)));
    }),
  );
  return e;
}

describe('symmetric eigen-decomposition (Jacobi)', () => {
  it('reconstructs a random symmetric matrix, eigenvalues descending', () => {
    const rng = createRng(1);
    const k = 12;
    const A = Array.from({ length: k }, () => new Float64Array(k));
    for (let i = 0; i < k; i++) for (let j = i; j < k; j++) A[i][j] = A[j][i] = rng.normal();
    const { values, vectors } = symmetricEigen(A);
    for (let i = 1; i < k; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    expect(maxOrthoError(vectors)).toBeLessThan(1e-12);
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const r = vectors.reduce((s, v, m) => s + values[m] * v[i] * v[j], 0);
        expect(Math.abs(r - A[i][j])).toBeLessThan(1e-12);
      }
  });
});

describe('tangent basis of an exact linear manifold in R^196 (docs/science.md §8)', () => {
  const n = 196;
  const k = 16;
  const rng = createRng(2);
  const A = orthonormalize(Array.from({ length: k }, () => gauss(n, rng)));
  const c = Float64Array.from({ length: n }, () => rng.next());
  const maps = linearManifoldMaps(A, c);
  const x = Float64Array.from({ length: n }, () => rng.next());

  it('recovers the basis: Q orthonormal, rank k, subspace distance ~0', () => {
    const f = decoderTangentAt(maps, x);
    expect(f.rank).toBe(k);
    expect(maxOrthoError(f.Q)).toBeLessThan(1e-12);
    expect(subspaceDistance(f.Q, A)).toBeLessThan(1e-6); // weights are float32
    for (const s of f.sigma) expect(s).toBeCloseTo(1, 6);
    // A different k-plane is far away.
    expect(subspaceDistance(f.Q, randomFrame(k, n, rng))).toBeGreaterThan(3);
  });

  it('rho of d = sqrt(r) a + sqrt(1 - r) u (u normal to M) is exactly r', () => {
    const { Q } = decoderTangentAt(maps, x);
    const u = projectNormal(A, gauss(n, rng));
    const un = Math.sqrt(dot(u, u));
    for (const r of [0, 0.05, 0.3, 1]) {
      const d = Float64Array.from({ length: n }, (_, i) => Math.sqrt(r) * A[3][i] + (Math.sqrt(1 - r) * u[i]) / un);
      const dec = decompose(Q, d);
      expect(Math.abs(dec.rho - r)).toBeLessThan(1e-6);
      expect(dec.tangentNorm ** 2 + dec.normalNorm ** 2).toBeCloseTo(1, 12);
    }
  });

  it('a decoder with two equal latent columns has numerical rank k - 1', () => {
    const J = A.map((a) => Float64Array.from(a));
    J[5] = Float64Array.from(J[4]);
    const { rank, Q } = tangentBasisFromJacobian(J);
    expect(rank).toBe(k - 1);
    expect(Q.length).toBe(k - 1);
  });
});

describe('tangent space of the shipped MNIST-14 autoencoder k = 16', async () => {
  const dir = join(ROOT, 'models', 'mnist14-ae-k16');
  const ae = await modelFromFiles(
    JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')),
    new Uint8Array(readFileSync(join(dir, 'weights.bin'))),
  );
  const maps = autoencoderStacks(ae);
  ae.dispose();
  const test = parseImageSet(readFileSync(join(ROOT, 'public', 'data', 'mnist14-test.bin')));
  const x = Float64Array.from(test.images.subarray(0, 196));
  const f = decoderTangentAt(maps, x);

  it('Q is orthonormal, full rank, and spans the Jacobian columns', () => {
    expect(f.rank).toBe(16);
    expect(maxOrthoError(f.Q)).toBeLessThan(1e-12);
    for (const col of f.J) {
      const r = projectNormal(f.Q, col);
      expect(Math.sqrt(dot(r, r))).toBeLessThan(1e-9 * Math.sqrt(dot(col, col)));
    }
    expect(f.sigma[15]).toBeGreaterThan(1e-3 * f.sigma[0]);
  });

  it('P_T is idempotent and symmetric; |P_T d|^2 + |P_N d|^2 = |d|^2', () => {
    const rng = createRng(5);
    const u = gauss(196, rng);
    const v = gauss(196, rng);
    const pu = projectTangent(f.Q, u);
    const ppu = projectTangent(f.Q, pu);
    for (let i = 0; i < 196; i++) expect(Math.abs(ppu[i] - pu[i])).toBeLessThan(1e-12);
    expect(Math.abs(dot(pu, v) - dot(u, projectTangent(f.Q, v)))).toBeLessThan(1e-10);
    const d = decompose(f.Q, u);
    expect(d.tangentNorm ** 2 + d.normalNorm ** 2).toBeCloseTo(dot(u, u), 9);
  });

  it('the reconstruction is close to the digit (the manifold passes near x)', () => {
    let se = 0;
    for (let i = 0; i < 196; i++) se += (f.recon[i] - x[i]) ** 2;
    expect(se / 196).toBeLessThan(0.05);
  });
});

describe('random k-frames (the baseline of Experiment A)', () => {
  it('are orthonormal and give mean rho = k/n within 3 sigma (docs/science.md §4)', () => {
    const rng = createRng(7);
    const n = 196;
    const k = 16;
    const d = gauss(n, rng);
    const draws = 800;
    let s = 0;
    for (let t = 0; t < draws; t++) {
      const Q = randomFrame(k, n, rng);
      if (t === 0) expect(maxOrthoError(Q)).toBeLessThan(1e-12);
      s += decompose(Q, d).rho;
    }
    const sd = Math.sqrt((2 * k * (n - k)) / (n * n * (n + 2)) / draws);
    expect(Math.abs(s / draws - k / n)).toBeLessThan(3 * sd);
  });
});
