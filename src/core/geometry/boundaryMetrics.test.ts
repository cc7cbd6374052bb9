import { describe, expect, it } from 'vitest';
import type { Classifier } from '../model/classifier';
import { createLine2d } from '../datasets/line2d';
import { createPlane3d } from '../datasets/plane3d';
import { createPlaneRn } from '../datasets/planeRn';
import { createSphere3d } from '../datasets/sphere3d';
import { createSpheresRn } from '../datasets/spheresRn';
import { makeDataset } from '../datasets';
import { dot } from '../linalg';
import {
  classOfFromClassifier,
  clinging,
  clingingProfile,
  dimpleDepths,
  distanceToBoundary,
  normalCrossing,
  normalDirections,
  type ClassOf,
} from './boundaryMetrics';

const above =
  (h: number): ClassOf =>
  (x) =>
    x[2] > 0.5 + h ? 1 : 0;
const TOL = 1e-4;

describe('normalCrossing', () => {
  const p = [0.3, 0.6, 0.5];
  const up = [0, 0, 1];
  it('finds a flat boundary at height h above or below', () => {
    expect(normalCrossing(above(0.137), p, up, 0.5)).toBeCloseTo(0.137, 4);
    expect(normalCrossing(above(-0.2), p, up, 0.5)).toBeCloseTo(0.2, 4);
  });
  it('takes the nearer side', () => {
    const slab: ClassOf = (x) => (x[2] > 0.7 || x[2] < 0.41 ? 1 : 0);
    expect(Math.abs(normalCrossing(slab, p, up, 0.5) - 0.09)).toBeLessThan(TOL);
  });
  it('returns the cap when the boundary lies beyond it', () => {
    expect(normalCrossing(above(0.6), p, up, 0.5)).toBe(0.5);
    expect(normalCrossing(() => 0, p, up, 0.3)).toBe(0.3);
  });
  it('honours a finer tolerance', () => {
    expect(Math.abs(normalCrossing(above(0.123456), p, up, 0.5, { tol: 1e-8 }) - 0.123456)).toBeLessThan(1e-8);
  });
});

describe('clinging C (docs/science.md §6)', () => {
  it('plane toy, boundary z = 0.5 + h: C = h', () => {
    expect(Math.abs(clinging(above(0.21), createPlane3d()) - 0.21)).toBeLessThan(1e-3);
    expect(Math.abs(clinging(above(-0.05), createPlane3d()) - 0.05)).toBeLessThan(1e-3);
  });
  it('a boundary beyond the cap gives C = cap', () => {
    expect(clinging(above(0.8), createPlane3d())).toBe(0.5);
  });
  it.each([0.4, 1.5])('tilted boundary z = 0.6 + s(x − 0.5), s = %f: the analytic capped mean', (s) => {
    const tilted: ClassOf = (x) => (x[2] > 0.6 + s * (x[0] - 0.5) ? 1 : 0);
    let exact = 0;
    for (let i = 0; i <= 20; i++) exact += Math.min(Math.abs(0.1 + s * (i / 20 - 0.5)), 0.5) / 21;
    const prof = clingingProfile(tilted, createPlane3d());
    expect(prof).toHaveLength(441);
    expect(Math.abs(clinging(tilted, createPlane3d()) - exact)).toBeLessThan(1e-3);
  });
  it('line toy, boundary y = 0.5 + h', () => {
    expect(Math.abs(clinging((x) => (x[1] > 0.57 ? 1 : 0), createLine2d()) - 0.07)).toBeLessThan(1e-3);
  });
  it('sphere toy, boundary sphere of radius 0.35 ± h: C = h along the radial normal', () => {
    const ball =
      (R: number): ClassOf =>
      (x) =>
        Math.hypot(x[0] - 0.5, x[1] - 0.5, x[2] - 0.5) > R ? 1 : 0;
    expect(Math.abs(clinging(ball(0.42), createSphere3d()) - 0.07)).toBeLessThan(1e-3);
    expect(Math.abs(clinging(ball(0.3), createSphere3d()) - 0.05)).toBeLessThan(1e-3);
  });
  it('adversarial spheres in R^10, boundary |x| = 1.15: C = 0.15', () => {
    const m = createSpheresRn(10);
    const cls: ClassOf = (x) => (Math.sqrt(dot(x, x)) > 1.15 ? 1 : 0);
    expect(Math.abs(clinging(cls, m) - 0.15)).toBeLessThan(1e-3);
  });
});

describe('codimension > 1', () => {
  const m = createPlaneRn(5, 2);
  // Half-spaces x3 < 0.4 and x4 > 0.7: nearest along the normal basis is 0.1.
  const cls: ClassOf = (x) => (x[3] < 0.4 || x[4] > 0.7 ? 1 : 0);
  it('takes the minimum over the normal basis directions', () => {
    expect(Math.abs(distanceToBoundary(cls, m, [0.2, 0.3, 0.5, 0.5, 0.5]) - 0.1)).toBeLessThan(TOL);
  });
  it('maxDirections: seeded random unit normals, never nearer than the true distance', () => {
    const p = [0.2, 0.3, 0.5, 0.5, 0.5];
    const dirs = normalDirections(m, p, { maxDirections: 2, seed: 3 });
    expect(dirs).toHaveLength(2);
    for (const d of dirs) {
      expect(dot(d, d)).toBeCloseTo(1, 12);
      expect(Math.abs(d[0]) + Math.abs(d[1])).toBe(0);
    }
    expect(dot(dirs[0], dirs[1])).toBeCloseTo(0, 12);
    expect(distanceToBoundary(cls, m, p, { maxDirections: 2, seed: 3 })).toBeGreaterThanOrEqual(0.1 - TOL);
  });
});

describe('dimple depths D_i (docs/science.md §6)', () => {
  const ds = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
  const labelAt = (x: Float64Array) => (Math.round(x[0] * 4) + Math.round(x[1] * 4)) % 2;
  it('correct classifier with its boundary h above every point: D_i = +h', () => {
    const h = 0.06;
    const cls: ClassOf = (x) => (x[2] > 0.5 + h ? 1 : 0) ^ labelAt(x);
    for (const d of dimpleDepths(cls, ds)) expect(Math.abs(d - h)).toBeLessThan(TOL);
  });
  it('constant-side boundary: +h on class 0 points, −h on the misclassified class 1', () => {
    const D = dimpleDepths(above(0.08), ds);
    ds.labels.forEach((y, i) => expect(Math.abs(D[i] - (y === 0 ? 0.08 : -0.08))).toBeLessThan(TOL));
  });
});

describe('classOfFromClassifier', () => {
  it('uses the sign of a binary logit', () => {
    const clf: Classifier = {
      inputDim: 2,
      numClasses: 2,
      outputs: 1,
      logits: (x) => Float64Array.of(3 * x[0] + 4 * x[1] - 5),
      inputGradient: (_x, cot) => Float64Array.of(3 * cot[0], 4 * cot[0]),
    };
    const classOf = classOfFromClassifier(clf);
    expect(classOf(Float64Array.of(0, 0))).toBe(0);
    expect(classOf(Float64Array.of(1, 1))).toBe(1);
    // Distance from (0,0) to 3x + 4y = 5 along e_y is 5/4.
    expect(normalCrossing(classOf, [0, 0], [0, 1], 2)).toBeCloseTo(1.25, 4);
  });
});
