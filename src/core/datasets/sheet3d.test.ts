import { describe, expect, it } from 'vitest';
import { dot, sub } from '../linalg';
import { createRng } from '../rng';
import { createSheet3d } from './sheet3d';

const h = (a: number, x: number, y: number) => 0.5 + a * Math.sin(2 * Math.PI * x) * Math.cos(Math.PI * y);

/** Nearest grid point of the graph to p, scanning (x, y) ∈ p ± 1 (the graph is unbounded). */
function bruteDistance(a: number, p: Float64Array): number {
  const G = 500;
  let best = Infinity;
  for (let i = 0; i <= G; i++)
    for (let j = 0; j <= G; j++) {
      const x = p[0] - 1 + (2 * i) / G;
      const y = p[1] - 1 + (2 * j) / G;
      best = Math.min(best, (x - p[0]) ** 2 + (y - p[1]) ** 2 + (h(a, x, y) - p[2]) ** 2);
    }
  return Math.sqrt(best);
}

describe.each([0.1, 0.25])('sheet3d, amplitude %f', (a) => {
  const m = createSheet3d(a);
  const rng = createRng(9);
  const points = Array.from({ length: 8 }, () => Float64Array.from(m.bounds.lo, (lo, i) => rng.uniform(lo, m.bounds.hi[i])));

  it('projection is the global nearest point (vs a brute-force scan) and exact on the graph', () => {
    for (const p of points) {
      const q = m.project(p);
      expect(Math.abs(q[2] - h(a, q[0], q[1]))).toBeLessThan(1e-15);
      const d = Math.sqrt(dot(sub(p, q), sub(p, q)));
      const brute = bruteDistance(a, p);
      expect(d).toBeLessThanOrEqual(brute + 1e-12);
      expect(brute - d).toBeLessThan(1e-3); // grid resolution; a wrong local minimum is ≫ this
      // Stationarity to 1e-9: the residual is along the unit normal at q.
      const r = sub(p, q);
      const nrm = m.normalBasis(q)[0];
      const along = dot(r, nrm);
      for (let i = 0; i < 3; i++) expect(Math.abs(r[i] - along * nrm[i])).toBeLessThan(1e-9);
    }
  });

  it('normal is the unit upward surface normal (−h_x, −h_y, 1)/‖·‖', () => {
    const x = 0.1;
    const y = 0.3;
    const hx = 2 * Math.PI * a * Math.cos(2 * Math.PI * x) * Math.cos(Math.PI * y);
    const hy = -Math.PI * a * Math.sin(2 * Math.PI * x) * Math.sin(Math.PI * y);
    const len = Math.sqrt(1 + hx * hx + hy * hy);
    const n = m.normalBasis([x, y, h(a, x, y)])[0];
    expect(n[0]).toBeCloseTo(-hx / len, 14);
    expect(n[1]).toBeCloseTo(-hy / len, 14);
    expect(n[2]).toBeCloseTo(1 / len, 14);
  });

  it('bases off the sheet are those of the foot point', () => {
    const q = m.project(points[0]);
    const n0 = m.normalBasis(points[0])[0];
    const n1 = m.normalBasis(q)[0];
    for (let i = 0; i < 3; i++) expect(n0[i]).toBeCloseTo(n1[i], 12);
  });
});

describe('sheet3d amplitude', () => {
  it('amplitude 0 is the plane z = 0.5', () => {
    const m = createSheet3d(0);
    expect(Array.from(m.project([0.2, 0.3, 0.9]))).toEqual([0.2, 0.3, 0.5]);
    expect(Array.from(m.normalBasis([0.2, 0.3, 0.5])[0], (v) => v + 0)).toEqual([0, 0, 1]);
  });
  it('rejects amplitudes outside [0, 0.25]', () => {
    expect(() => createSheet3d(0.3)).toThrow(/amplitude/);
    expect(() => createSheet3d(-0.1)).toThrow(/amplitude/);
  });
});
