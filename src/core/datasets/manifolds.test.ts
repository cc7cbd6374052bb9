import { describe, expect, it } from 'vitest';
import { dot, sub } from '../linalg';
import { createRng } from '../rng';
import type { ChartedManifold } from './chart';
import { createLine2d } from './line2d';
import { createPlane3d } from './plane3d';
import { createPlaneRn } from './planeRn';
import { createSheet3d } from './sheet3d';
import { createSphere3d } from './sphere3d';
import { createSpheresRn } from './spheresRn';
import type { Manifold } from './types';

/** Distance of x from M, from each manifold's defining equation (independent of project()). */
type Residual = (x: Float64Array) => number;

const sheetH = (a: number) => (x: number, y: number) => 0.5 + a * Math.sin(2 * Math.PI * x) * Math.cos(Math.PI * y);
const CASES: [string, Manifold, Residual][] = [
  ['line2d', createLine2d(), (x) => Math.abs(x[1] - 0.5)],
  ['plane3d', createPlane3d(), (x) => Math.abs(x[2] - 0.5)],
  ['sheet3d', createSheet3d(0.1), (x) => Math.abs(x[2] - sheetH(0.1)(x[0], x[1]))],
  ['sphere3d', createSphere3d(), (x) => Math.abs(Math.hypot(x[0] - 0.5, x[1] - 0.5, x[2] - 0.5) - 0.35)],
  ['planeRn(20,3)', createPlaneRn(20, 3), (x) => Math.max(...Array.from(x.slice(3), (v) => Math.abs(v - 0.5)))],
  [
    'spheresRn(12)',
    createSpheresRn(12),
    (x) => {
      const r = Math.sqrt(dot(x, x));
      return Math.min(Math.abs(r - 1), Math.abs(r - 1.3));
    },
  ],
];

function maxGramError(A: Float64Array[], B: Float64Array[], same: boolean): number {
  let e = 0;
  for (let i = 0; i < A.length; i++)
    for (let j = 0; j < B.length; j++) e = Math.max(e, Math.abs(dot(A[i], B[j]) - (same && i === j ? 1 : 0)));
  return e;
}

function randomInBox(m: Manifold, rng: ReturnType<typeof createRng>): Float64Array {
  return Float64Array.from(m.bounds.lo, (lo, i) => rng.uniform(lo, m.bounds.hi[i]));
}

describe.each(CASES)('%s', (_name, m, residual) => {
  const rng = createRng(42);
  const offM = Array.from({ length: 8 }, () => randomInBox(m, rng));
  const onM = [...m.probeGrid().slice(0, 5), ...offM.map((x) => m.project(x))];

  it('tangent and normal bases are orthonormal, orthogonal and fill R^n', () => {
    for (const x of [...onM, ...offM]) {
      const T = m.tangentBasis(x);
      const N = m.normalBasis(x);
      expect(T.length).toBe(m.k);
      expect(T.length + N.length).toBe(m.n);
      for (const v of [...T, ...N]) expect(v.length).toBe(m.n);
      expect(maxGramError(T, T, true)).toBeLessThan(1e-12);
      expect(maxGramError(N, N, true)).toBeLessThan(1e-12);
      expect(maxGramError(T, N, false)).toBeLessThan(1e-12);
    }
  });

  it('projection lands on M, is idempotent and leaves a purely normal residual', () => {
    for (const x of offM) {
      const p = m.project(x);
      expect(residual(p)).toBeLessThan(1e-12);
      const pp = m.project(p);
      for (let i = 0; i < m.n; i++) expect(Math.abs(pp[i] - p[i])).toBeLessThan(1e-12);
      // First-order optimality of the nearest point: x − p ⟂ T_p M.
      const r = sub(x, p);
      for (const t of m.tangentBasis(p)) expect(Math.abs(dot(t, r))).toBeLessThan(1e-9);
    }
  });

  it('no sampled point of M is nearer than the projection', () => {
    const samples = [...m.probeGrid(), ...onM];
    for (const x of offM) {
      const d = Math.sqrt(dot(sub(x, m.project(x)), sub(x, m.project(x))));
      for (const q of samples) expect(Math.sqrt(dot(sub(x, q), sub(x, q)))).toBeGreaterThan(d - 1e-9);
    }
  });

  it('probe grid lies on M and its ±cap normal search stays inside the view box', () => {
    const probes = m.probeGrid();
    expect(probes.length).toBeGreaterThan(20);
    for (const p of probes) {
      expect(residual(p)).toBeLessThan(1e-12);
      const nrm = m.normalBasis(p)[0];
      for (const s of [1, -1])
        for (let i = 0; i < m.n; i++) {
          const v = p[i] + s * m.normalCap * nrm[i];
          expect(v).toBeGreaterThanOrEqual(m.bounds.lo[i] - 1e-12);
          expect(v).toBeLessThanOrEqual(m.bounds.hi[i] + 1e-12);
        }
    }
  });

  it('tangent basis is exact: chart derivatives lie in it (finite differences)', () => {
    if (!('chart' in m)) return;
    const { chart } = m as ChartedManifold;
    const h = 1e-6;
    for (const u of [
      [0.3, 0.6, 0.2],
      [0.71, 0.15, 0.9],
      [0.5, 0.5, 0.5],
    ]) {
      const uu = Float64Array.from({ length: chart.dim }, (_, i) => u[i % 3]);
      const p = chart.toPoint(uu);
      const N = m.normalBasis(p);
      for (let d = 0; d < chart.dim; d++) {
        const up = Float64Array.from(uu);
        const dn = Float64Array.from(uu);
        up[d] += h;
        dn[d] -= h;
        const deriv = sub(chart.toPoint(up), chart.toPoint(dn));
        const len = Math.sqrt(dot(deriv, deriv));
        for (const nv of N) expect(Math.abs(dot(nv, deriv)) / len).toBeLessThan(1e-8);
      }
      expect(chart.toCoords(p)[0]).toBeCloseTo(uu[0], 12);
    }
  });
});

describe('exact bases of the flat toys', () => {
  it('line2d and plane3d: unit vectors', () => {
    expect(
      createLine2d()
        .tangentBasis([0.1, 0.9])
        .map((v) => Array.from(v)),
    ).toEqual([[1, 0]]);
    expect(
      createPlane3d()
        .tangentBasis([0, 0, 0])
        .map((v) => Array.from(v)),
    ).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(
      createPlane3d()
        .normalBasis([0, 0, 0])
        .map((v) => Array.from(v)),
    ).toEqual([[0, 0, 1]]);
  });
  it('planeRn(800, 32): e_1..e_32 tangent, the rest normal, projection sets the padding to 0.5', () => {
    const m = createPlaneRn(800, 32);
    const T = m.tangentBasis(new Float64Array(800));
    T.forEach((t, i) => expect(t[i] === 1 && dot(t, t) === 1).toBe(true));
    const N = m.normalBasis(new Float64Array(800));
    expect(N).toHaveLength(768);
    expect(N[0][32]).toBe(1);
    const p = m.project(new Float64Array(800).fill(0.9));
    expect(p[31]).toBe(0.9);
    expect(p[32]).toBe(0.5);
  });
  it('spheresRn(800): Householder tangent basis is orthonormal and ⟂ the radial normal', () => {
    const m = createSpheresRn(800);
    const rng = createRng(5);
    const x = Float64Array.from({ length: 800 }, () => rng.normal());
    const T = m.tangentBasis(x);
    const N = m.normalBasis(x);
    expect(T).toHaveLength(799);
    const sample = [T[0], T[1], T[400], T[798]];
    expect(maxGramError(sample, sample, true)).toBeLessThan(1e-13);
    for (const t of T) expect(Math.abs(dot(t, N[0]))).toBeLessThan(1e-13);
  });
  it('spheresRn projects to the nearer sphere and handles the origin', () => {
    const m = createSpheresRn(3);
    expect(Array.from(m.project([1.1, 0, 0]))).toEqual([1, 0, 0]);
    expect(Array.from(m.project([0, 1.2, 0]))).toEqual([0, 1.3, 0]);
    expect(Array.from(m.project([0, 0, 0]))).toEqual([1, 0, 0]);
  });
});
