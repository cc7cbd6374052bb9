import { describe, expect, it } from 'vitest';
import { dot } from '../linalg';
import { createRng } from '../rng';
import { createPlane3d } from '../datasets/plane3d';
import { orthonormalize } from './orthonormalize';
import { decompose, projectNormal, projectTangent, tangentShare } from './projector';

const gaussian = (n: number, rng: ReturnType<typeof createRng>) => Float64Array.from({ length: n }, () => rng.normal());

describe('projector', () => {
  const rng = createRng(7);
  const n = 800;
  const k = 32;
  const Q = orthonormalize(Array.from({ length: k }, () => gaussian(n, rng)));

  it('P_T is idempotent and symmetric; P_N = I − P_T', () => {
    const u = gaussian(n, rng);
    const v = gaussian(n, rng);
    const pu = projectTangent(Q, u);
    const ppu = projectTangent(Q, pu);
    for (let i = 0; i < n; i++) expect(Math.abs(ppu[i] - pu[i])).toBeLessThan(1e-12);
    // Symmetric: <P u, v> = <u, P v>.
    expect(dot(pu, v)).toBeCloseTo(dot(u, projectTangent(Q, v)), 10);
    const nu = projectNormal(Q, u);
    for (let i = 0; i < n; i++) expect(pu[i] + nu[i]).toBeCloseTo(u[i], 12);
    for (const q of Q) expect(Math.abs(dot(q, nu))).toBeLessThan(1e-12);
  });

  it('|P_T d|² + |P_N d|² = |d|²', () => {
    const d = gaussian(n, rng);
    const r = decompose(Q, d);
    expect(r.tangentNorm ** 2 + r.normalNorm ** 2).toBeCloseTo(dot(d, d), 8);
  });

  it('on the plane toy, Q spans {e_x, e_y} exactly', () => {
    const P = createPlane3d();
    const Qp = P.tangentBasis([0.3, 0.7, 0.5]);
    expect(Array.from(projectTangent(Qp, [1, 2, 3]))).toEqual([1, 2, 0]);
    expect(Array.from(projectNormal(Qp, [1, 2, 3]))).toEqual([0, 0, 3]);
    const r = decompose(Qp, [3, 0, 4]);
    expect(r).toEqual({ rho: 9 / 25, tangentNorm: 3, normalNorm: 4, angleDeg: (Math.atan2(4, 3) * 180) / Math.PI });
    expect(decompose(Qp, [0, 0, 1]).angleDeg).toBe(90);
    expect(decompose(Qp, [1, 1, 0]).angleDeg).toBe(0);
    expect(tangentShare(Qp, [1, 1, Math.SQRT2])).toBeCloseTo(0.5, 15);
    expect(Number.isNaN(tangentShare(Qp, [0, 0, 0]))).toBe(true);
  });

  it('random Gaussian d: mean ρ over 10⁴ draws is k/n within 3σ (docs/science.md §4, §8)', () => {
    const nn = 196;
    const kk = 16;
    const r2 = createRng(11);
    const Qs = orthonormalize(Array.from({ length: kk }, () => gaussian(nn, r2)));
    const draws = 10_000;
    let s = 0;
    for (let i = 0; i < draws; i++) s += tangentShare(Qs, gaussian(nn, r2));
    const mean = s / draws;
    const sd = Math.sqrt((2 * kk * (nn - kk)) / (nn * nn * (nn + 2)));
    expect(Math.abs(mean - kk / nn)).toBeLessThan((3 * sd) / Math.sqrt(draws));
  });
});
