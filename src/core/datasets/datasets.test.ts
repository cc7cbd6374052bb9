import { describe, expect, it } from 'vitest';
import { dot } from '../linalg';
import { DATASET_PRESETS, makeDataset, type DatasetPresetId, type DatasetSpec } from './index';
import { blobCentres, spiralLabel } from './labelPatterns';
import type { ChartedManifold } from './chart';

const row = (d: { points: Float32Array; n: number }, i: number) => Float64Array.from(d.points.subarray(i * d.n, (i + 1) * d.n));
const count = (labels: Int32Array, c: number) => labels.filter((y) => y === c).length;

describe('paper datasets (docs/science.md §2)', () => {
  it('line: x = .05, .30, .55, .80, 1.05 on y = .5, labels r b r b r = 0 1 0 1 0', () => {
    const d = makeDataset({ manifold: 'line2d', pattern: 'alternating', layout: 'paper', count: 5, seed: 1 });
    expect(d.n).toBe(2);
    expect(Array.from(d.points)).toEqual(Array.from(Float32Array.of(0.05, 0.5, 0.3, 0.5, 0.55, 0.5, 0.8, 0.5, 1.05, 0.5)));
    expect(Array.from(d.labels)).toEqual([0, 1, 0, 1, 0]);
  });

  it('plane: the 5×5 grid {0,.25,.5,.75,1}² at z = .5, checkerboard, 13 of class 0 (corners) vs 12', () => {
    const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
    expect(d.count).toBe(25);
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        const idx = i * 5 + j;
        expect(Array.from(row(d, idx))).toEqual([i / 4, j / 4, 0.5]);
        expect(d.labels[idx]).toBe((i + j) % 2);
      }
    expect(count(d.labels, 0)).toBe(13);
    expect(count(d.labels, 1)).toBe(12);
  });
});

/** A toy preset drawn with seed 1. */
const preset = (id: DatasetPresetId): DatasetSpec => ({ ...DATASET_PRESETS[id], seed: 1 });
const SPHERE_STRIPES: DatasetSpec = { manifold: 'sphere3d', pattern: 'stripes', layout: 'grid', count: 200, seed: 1, cells: 4 };

describe('every preset, and the R^n manifolds', () => {
  const specs: [string, DatasetSpec][] = [
    ...(Object.keys(DATASET_PRESETS) as DatasetPresetId[]).map((id): [string, DatasetSpec] => [id, preset(id)]),
    ['sphere-stripes', SPHERE_STRIPES],
    ['plane-rn', { manifold: 'planeRn', pattern: 'checkerboard', layout: 'grid', count: 25, seed: 1, ambientDim: 50, intrinsicDim: 2 }],
    ['spheres-rn', { manifold: 'spheresRn', pattern: 'alternating', layout: 'random', count: 400, seed: 1, ambientDim: 10 }],
  ];

  it.each(specs)('%s: points lie on M, two classes, reproducible', (_id, spec) => {
    const d = makeDataset(spec);
    expect(d.points.length).toBe(d.count * d.n);
    expect(d.labels.length).toBe(d.count);
    expect(d.count).toBeLessThanOrEqual(spec.count);
    for (let i = 0; i < d.count; i++) {
      const x = row(d, i);
      const p = d.manifold.project(x);
      let e = 0;
      for (let j = 0; j < d.n; j++) e = Math.max(e, Math.abs(p[j] - x[j]));
      expect(e).toBeLessThan(1e-6); // float32 storage
    }
    expect(count(d.labels, 0)).toBeGreaterThan(0);
    expect(count(d.labels, 1)).toBeGreaterThan(0);
    expect(count(d.labels, 0) + count(d.labels, 1)).toBe(d.count);
    const again = makeDataset({ ...spec });
    expect(again.points).toEqual(d.points);
    expect(again.labels).toEqual(d.labels);
  });
});

describe('layouts and patterns', () => {
  const base: DatasetSpec = { manifold: 'plane3d', pattern: 'checkerboard', layout: 'random', count: 300, seed: 5 };

  it('random layouts change with the seed and only with the seed', () => {
    const a = makeDataset(base);
    expect(makeDataset({ ...base }).points).toEqual(a.points);
    expect(makeDataset({ ...base, seed: 6 }).points).not.toEqual(a.points);
  });

  it('dense plane: 8×8 checkerboard, 32 vs 32', () => {
    const d = makeDataset(preset('dense-plane'));
    expect(d.count).toBe(64);
    for (let i = 0; i < 64; i++) expect(d.labels[i]).toBe((Math.floor(i / 8) + (i % 8)) % 2);
  });

  it('dense line: 15 evenly spaced points, alternating', () => {
    const d = makeDataset(preset('dense-line'));
    expect(d.count).toBe(15);
    for (let i = 0; i < 15; i++) {
      expect(d.points[2 * i]).toBeCloseTo(0.05 + i / 14, 6);
      expect(d.labels[i]).toBe(i % 2);
    }
  });

  it('random checkerboard with 2 cells splits [0,1]² at 0.5', () => {
    const d = makeDataset({ ...base, cells: 2 });
    for (let i = 0; i < d.count; i++) {
      const [x, y] = row(d, i);
      expect(d.labels[i]).toBe(((x >= 0.5 ? 1 : 0) + (y >= 0.5 ? 1 : 0)) % 2);
    }
  });

  it('sphere stripes are equal-area latitude bands', () => {
    const d = makeDataset(SPHERE_STRIPES);
    for (let i = 0; i < d.count; i++) {
      const z = (row(d, i)[2] - 0.5) / 0.35; // cos θ
      expect(d.labels[i]).toBe(Math.min(3, Math.max(0, Math.round(((1 - z) / 2) * 3))) % 2);
    }
    expect(count(d.labels, 0)).toBe(100);
  });

  it('blobs: balanced, and almost every point is nearer its own centre', () => {
    const d = makeDataset(preset('sphere'));
    const [c0, c1] = blobCentres((d.manifold as ChartedManifold).chart);
    let agree = 0;
    for (let i = 0; i < d.count; i++) {
      const x = row(d, i);
      const d0 = dot(
        x.map((v, j) => v - c0[j]),
        x.map((v, j) => v - c0[j]),
      );
      const d1 = dot(
        x.map((v, j) => v - c1[j]),
        x.map((v, j) => v - c1[j]),
      );
      if ((d1 < d0 ? 1 : 0) === d.labels[i]) agree++;
    }
    expect(count(d.labels, 0)).toBe(50);
    expect(agree).toBe(d.count);
  });

  it('spiral: balanced, labels agree with the arm labelling away from the noise', () => {
    const d = makeDataset(preset('sheet-spiral'));
    let agree = 0;
    for (let i = 0; i < d.count; i++) if (spiralLabel(row(d, i)) === d.labels[i]) agree++;
    expect(count(d.labels, 1)).toBe(100);
    expect(agree / d.count).toBeGreaterThan(0.95);
  });

  it('spheresRn: the label is the sphere (radius 1 or 1.3)', () => {
    const d = makeDataset({ manifold: 'spheresRn', pattern: 'alternating', layout: 'random', count: 50, seed: 2, ambientDim: 800 });
    expect(d.n).toBe(800);
    expect(d.manifold.k).toBe(799);
    for (let i = 0; i < d.count; i++) expect(Math.sqrt(dot(row(d, i), row(d, i)))).toBeCloseTo(d.labels[i] ? 1.3 : 1, 5);
  });

  it('planeRn: padding coordinates are 0.5', () => {
    const d = makeDataset({
      manifold: 'planeRn',
      pattern: 'stripes',
      layout: 'random',
      count: 20,
      seed: 3,
      ambientDim: 100,
      intrinsicDim: 4,
    });
    for (let i = 0; i < d.count; i++)
      expect(
        row(d, i)
          .slice(4)
          .every((v) => v === 0.5),
      ).toBe(true);
  });
});

describe('spec validation', () => {
  const ok: DatasetSpec = { manifold: 'plane3d', pattern: 'checkerboard', layout: 'grid', count: 25, seed: 1 };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['count 0', { count: 0 }, /count must be an integer in \[1, 2000\]/],
    ['count 2001', { count: 2001 }, /count/],
    ['fractional seed', { seed: 1.5 }, /seed/],
    ['unknown manifold', { manifold: 'torus' }, /Unknown manifold 'torus'/],
    ['unknown pattern', { pattern: 'zebra' }, /Unknown label pattern/],
    ['ambientDim on plane3d', { ambientDim: 5 }, /lives in R\^3/],
    ['ambientDim 801', { manifold: 'planeRn', ambientDim: 801 }, /ambientDim must be an integer in \[2, 800\]/],
    ['k ≥ n', { manifold: 'planeRn', ambientDim: 10, intrinsicDim: 10 }, /intrinsicDim/],
    ['paper on sheet', { manifold: 'sheet3d', layout: 'paper' }, /'paper' layout exists only/],
    ['spiral on a line', { manifold: 'line2d', pattern: 'spiral' }, /spiral pattern needs/],
    ['grid on spheresRn', { manifold: 'spheresRn' }, /only the 'random' layout/],
    ['grid in 12 dims', { manifold: 'planeRn', ambientDim: 50, intrinsicDim: 12, count: 100 }, /count ≥ 2\^12/],
    ['amplitude 0.5', { manifold: 'sheet3d', amplitude: 0.5 }, /amplitude/],
    ['cells 1', { cells: 1 }, /cells/],
  ])('%s', (_name, patch, message) => {
    expect(() => makeDataset({ ...ok, ...patch } as unknown as DatasetSpec)).toThrow(message);
  });
});
