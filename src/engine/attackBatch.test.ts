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
  [0.6, 0.7, 0.5],
  [0.9, 0.8, 0.5],
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
