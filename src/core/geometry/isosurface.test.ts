import { describe, expect, it } from 'vitest';
import { evaluateGrid, type GridBox } from './gridEvaluator';
import { affineMlp, randomMlp } from './gridTestNets';
import { marchingCubes, type SurfaceMesh } from './isosurface';

const box3: GridBox = { lo: [-0.2, -0.2, -0.2], hi: [1.25, 1.25, 1.25] };

function sample(dims: number[], box: GridBox, f: (x: number, y: number, z: number) => number): Float32Array {
  const [nx, ny, nz] = dims;
  const h = dims.map((n, a) => (box.hi[a] - box.lo[a]) / (n - 1));
  const out = new Float32Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) out[i + nx * (j + ny * k)] = f(box.lo[0] + i * h[0], box.lo[1] + j * h[1], box.lo[2] + k * h[2]);
  return out;
}

const vec = (a: Float32Array, i: number): number[] => [a[3 * i], a[3 * i + 1], a[3 * i + 2]];
const sub = (a: number[], b: number[]): number[] => a.map((x, i) => x - b[i]);
const cross = (a: number[], b: number[]): number[] => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: number[], b: number[]): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Total area, and how many triangles wind against their vertex normals. */
function triangles(m: SurfaceMesh): { area: number; against: number } {
  let area = 0,
    against = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((q) => vec(m.positions, m.indices[t + q]));
    const n = cross(sub(b, a), sub(c, a));
    const len = Math.sqrt(dot(n, n));
    area += len / 2;
    const vn = [0, 1, 2].map((q) => vec(m.normals, m.indices[t + q])).reduce((s, x) => s.map((y, i) => y + x[i]));
    if (len > 1e-12 && dot(n, vn) <= 0) against++;
  }
  return { area, against };
}

function expectUnitNormals(m: SurfaceMesh): void {
  for (let i = 0; i < m.normals.length / 3; i++) expect(Math.hypot(...vec(m.normals, i))).toBeCloseTo(1, 5);
}

describe('marchingCubes', () => {
  it.each([[33], [29], [5]])('the linear net z - 0.5 gives the plane z = 0.5 (res %i)', (res) => {
    const box = res === 5 ? { lo: [0, 0, 0], hi: [1, 1, 1] } : box3; // res 5 puts the plane on grid vertices
    const g = evaluateGrid(affineMlp([0, 0, 1], -0.5), box, res);
    const m = marchingCubes(g.values, g.dims, box);
    expect(m.positions.length).toBeGreaterThan(0);
    for (let i = 2; i < m.positions.length; i += 3) expect(Math.abs(m.positions[i] - 0.5)).toBeLessThan(1e-5);
    const side = box.hi[0] - box.lo[0];
    const { area, against } = triangles(m);
    expect(area).toBeCloseTo(side * side, 4);
    expect(against).toBe(0);
    for (let i = 0; i < m.normals.length; i += 3) expect(m.normals[i + 2]).toBeCloseTo(1, 5);
  });

  it('a sphere is closed, consistently wound, at radius r +- one cell, with radial normals', () => {
    const dims = [40, 37, 35],
      c = [0.5, 0.52, 0.48],
      r = 0.55;
    const values = sample(dims, box3, (x, y, z) => Math.hypot(x - c[0], y - c[1], z - c[2]) - r);
    const m = marchingCubes(values, dims, box3);
    const cell = Math.max(...dims.map((n, a) => (box3.hi[a] - box3.lo[a]) / (n - 1)));
    const nV = m.positions.length / 3;
    for (let i = 0; i < nV; i++) {
      const d = sub(vec(m.positions, i), c);
      const rad = Math.sqrt(dot(d, d));
      expect(Math.abs(rad - r)).toBeLessThan(cell);
      expect(dot(d, vec(m.normals, i)) / rad).toBeGreaterThan(0.98); // outward: f grows outward
    }
    expectUnitNormals(m);
    // Closed and oriented: every directed edge appears once and its reverse once.
    const directed = new Map<number, number>();
    for (let t = 0; t < m.indices.length; t += 3)
      for (let q = 0; q < 3; q++) {
        const key = m.indices[t + q] * nV + m.indices[t + ((q + 1) % 3)];
        directed.set(key, (directed.get(key) ?? 0) + 1);
      }
    for (const [key, n] of directed) {
      expect(n).toBe(1);
      expect(directed.get((key % nV) * nV + Math.floor(key / nV))).toBe(1);
    }
    const F = m.indices.length / 3,
      E = directed.size / 2;
    expect(nV - E + F).toBe(2); // a sphere's Euler characteristic
    const { area, against } = triangles(m);
    expect(area).toBeGreaterThan(4 * Math.PI * r * r * 0.97);
    expect(area).toBeLessThan(4 * Math.PI * r * r * 1.03);
    expect(against).toBe(0);
  });

  it('meshes a random net boundary with unit normals that agree with the winding', () => {
    const g = evaluateGrid(randomMlp([3, 64, 64, 1], 'relu', 11), box3, 24);
    const level = Float32Array.from(g.values).sort()[g.values.length >> 1]; // cut through the middle
    const m = marchingCubes(g.values, g.dims, box3, level);
    expect(m.indices.length).toBeGreaterThan(0);
    expectUnitNormals(m);
    const { against } = triangles(m);
    expect(against).toBeLessThan(0.01 * (m.indices.length / 3));
  });
});
