import { describe, expect, it } from 'vitest';
import { crossingFraction } from './edgeCrossing';
import type { GridBox } from './gridEvaluator';
import { marchingCubes } from './isosurface';
import { contourSegments } from './contour';

const box: GridBox = { lo: [0, 0, 0], hi: [3, 3, 3] }; // grid step 1 on a 4-point axis

/** A 4×4(×4) field whose value depends only on the last axis' index: below[k] or above. */
function layered(dims: number[], lowerLayers: number, below: number, above: number): Float64Array {
  const out = new Float64Array(dims.reduce((a, b) => a * b));
  const stride = dims.slice(0, -1).reduce((a, b) => a * b, 1);
  for (let v = 0; v < out.length; v++) out[v] = Math.floor(v / stride) < lowerLayers ? below : above;
  return out;
}

const allFinite = (a: ArrayLike<number>) => Array.from(a).every(Number.isFinite);

describe('crossing fraction on a grid edge', () => {
  it('interpolates finite ends and stays finite for every other pair', () => {
    expect(crossingFraction(-1, 3, 0)).toBe(0.25);
    expect(crossingFraction(-Infinity, Infinity, 0)).toBe(0.5);
    expect(crossingFraction(-Infinity, 1, 0)).toBe(1);
    expect(crossingFraction(-1, Infinity, 0)).toBe(0);
    expect(crossingFraction(NaN, 1, 0)).toBe(0.5);
    expect(crossingFraction(-1.7e308, 1.7e308, 0)).toBe(0.5);
    expect(crossingFraction(-0.5e308, 1.5e308, 0)).toBeCloseTo(0.25, 12);
  });
});

describe('isosurface and contour never emit a non-finite vertex', () => {
  const cases: [string, number, number, number][] = [
    // [name, value of the lower layers, value of the upper layers, expected crossing height]
    ['−∞ below, +∞ above', -Infinity, Infinity, 1.5],
    ['huge finite doubles whose difference overflows', -1.7e308, 1.7e308, 1.5],
    ['float32-extreme values', -3.4e38, 3.4e38, 1.5],
    ['−∞ below, +1 above: at the finite end', -Infinity, 1, 2],
    ['−1 below, +∞ above: at the finite end', -1, Infinity, 1],
    ['NaN below (counted below), +1 above', NaN, 1, 1.5],
  ];
  for (const [name, below, above, height] of cases) {
    it(`marching cubes, ${name}: the plane z = ${height}`, () => {
      const m = marchingCubes(layered([4, 4, 4], 2, below, above), [4, 4, 4], box);
      expect(m.indices.length).toBe(3 * 2 * 9); // 9 cells, 2 triangles each
      expect(allFinite(m.positions)).toBe(true);
      expect(allFinite(m.normals)).toBe(true);
      for (let i = 2; i < m.positions.length; i += 3) expect(m.positions[i]).toBe(height);
      for (let i = 2; i < m.normals.length; i += 3) expect(m.normals[i]).toBe(1);
    });
    it(`marching squares, ${name}: the line y = ${height}`, () => {
      const s = contourSegments(layered([4, 4], 2, below, above), [4, 4], { lo: [0, 0], hi: [3, 3] });
      expect(s.length).toBe(3 * 4); // 3 cells, one segment each
      expect(allFinite(s)).toBe(true);
      for (let i = 1; i < s.length; i += 2) expect(s[i]).toBe(height);
    });
  }

  it('a saddle cell with opposite infinite corners stays finite', () => {
    const s = contourSegments(Float64Array.from([Infinity, -Infinity, -Infinity, Infinity]), [2, 2], { lo: [0, 0], hi: [1, 1] });
    expect(s.length).toBe(8);
    expect(allFinite(s)).toBe(true);
  });
});
