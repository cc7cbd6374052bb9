// Batch attack over a point set and the r_on / r_off consistency check (docs/science.md §3 Exp. B, §4).
import { describe, expect, it } from 'vitest';
import { createPlane3d } from '../core/datasets/plane3d';
import { linearBinary } from '../core/attacks/test/helpers';
import { attackEveryPoint, type BatchHooks } from './attackBatch';
import type { AttackModel } from '../core/attacks/attackRun';

const plane = createPlane3d();
// Gradient g = (3, 4, 12): ρ_g = 25/169, so the local-linear ratios are exact here.
const linear: AttackModel = { model: linearBinary([3, 4, 12], -12.8), manifold: plane };
const pts = [
  [0.2, 0.3, 0.5],
  [0.1, 0.1, 0.5],
  [1.0, 1.1, 0.5],
  [1.1, 0.9, 0.5],
];
const points = Float32Array.from(pts.flat());
const labels = Int32Array.from([0, 0, 1, 1]);

function hooks(): BatchHooks & { progress: [string, number, number][] } {
  const progress: [string, number, number][] = [];
  return {
    progress,
    onProgress: (phase, done, total) => progress.push([phase, done, total]),
    shouldStop: () => false,
    pause: () => Promise.resolve(),
  };
}

describe('attackEveryPoint', () => {
  it('one row per point, and r_on = 1/√ρ, r_off = 1/√(1−ρ), consistency 1 for a linear model', async () => {
    const h = hooks();
    const res = await attackEveryPoint(linear, points, labels, { attackId: 'deepFool' }, h);
    expect(res.cancelled).toBe(false);
    expect(res.rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(res.rows.map((r) => r.label)).toEqual([0, 0, 1, 1]);
    expect(res.rows.every((r) => r.success)).toBe(true);
    for (const r of res.rows) expect(r.rho).toBeCloseTo(25 / 169, 5);
    const c = res.constrained!;
    const rho = 25 / 169;
    expect(c.used).toBe(4);
    expect(c.rOn).toBeCloseTo(1 / Math.sqrt(rho), 2);
    expect(c.rOff).toBeCloseTo(1 / Math.sqrt(1 - rho), 2);
    expect(c.consistency).toBeCloseTo(1, 2);
    expect(c.flagged).toBe(false);
    expect(res.nullRho.mean).toBeCloseTo(2 / 3, 12);
    expect(h.progress[h.progress.length - 1]).toEqual(['constrained', 4, 4]);
  });

  it('skips the flip norms when asked', async () => {
    const res = await attackEveryPoint(linear, points, labels, { attackId: 'fgm', constrained: false }, hooks());
    expect(res.constrained).toBeNull();
    expect(res.rows.every((r) => r.freeNorm === undefined)).toBe(true);
  });

  it('stops between points on cancel and keeps the points done', async () => {
    // The cancel arrives after a few polls (the attacks poll too): within the first points.
    const h = hooks();
    let calls = 0;
    h.shouldStop = () => ++calls > 2;
    const res = await attackEveryPoint(linear, points, labels, { attackId: 'deepFool' }, h);
    expect(res.cancelled).toBe(true);
    expect(res.rows.length).toBeGreaterThan(0);
    expect(res.rows.length).toBeLessThan(4);
    expect(res.constrained).toBeNull();
  });
});

describe('starts that are already there', () => {
  it('a misclassified start is marked, reports no flip and is left out of the flip norms', async () => {
    const res = await attackEveryPoint(linear, points, Int32Array.from([1, 0, 1, 1]), { attackId: 'deepFool' }, hooks());
    expect(res.rows.map((r) => r.start)).toEqual(['misclassified', 'clean', 'clean', 'clean']);
    expect(res.rows[0]).toMatchObject({ success: false, flipStep: null });
    expect(res.rows[0].freeNorm).toBeUndefined();
    expect(res.constrained!.used).toBe(3);
    expect(res.constrained!.failed).toEqual({ free: 0, on: 0, off: 0 });
  });

  it('targeted at class 1: starts already predicted 1 are marked in-target, with no zero flip norm in the mean', async () => {
    const res = await attackEveryPoint(
      linear,
      points,
      labels,
      { attackId: 'pgdL2', target: 1, params: { earlyStop: true, eps: 3 } },
      hooks(),
    );
    expect(res.rows.map((r) => r.start)).toEqual(['clean', 'clean', 'in-target', 'in-target']);
    expect(res.rows.filter((r) => r.success).map((r) => r.index)).toEqual([0, 1]);
    for (const r of res.rows.slice(2)) expect(r).toMatchObject({ success: false, flipStep: null, l2: 0, steps: 0 });
    const c = res.constrained!;
    expect(c.used).toBe(2);
    // The mean over the two clean starts: their distances to the plane 3x + 4y + 12z = 12.8.
    const dist = [pts[0], pts[1]].map(([x, y, z]) => Math.abs(3 * x + 4 * y + 12 * z - 12.8) / 13);
    expect(c.meanFree).toBeCloseTo((dist[0] + dist[1]) / 2, 3);
  });
});
