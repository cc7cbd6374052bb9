import { describe, expect, it } from 'vitest';
import { decoderTangentProvider } from '../geometry/decoderTangent';
import { linearManifoldMaps } from '../geometry/decoderTangentLinear';
import { orthonormalize } from '../geometry/orthonormalize';
import { projectNormal } from '../geometry/projector';
import type { Classifier } from '../model/classifier';
import { createRng } from '../rng';
import { AB_DEFAULTS, runExperimentAB, runImageAB, type ImageSource } from './experimentAB';
import { abCsv, abMarkdown } from './experimentABFormat';
import { stat } from '../stats';
import { readCsv } from '../csv';

/** Binary affine classifier f(x) = w.x + b (class 1 iff f > 0). */
function affine(w: Float64Array, b: number): Classifier {
  return {
    inputDim: w.length, numClasses: 2, outputs: 1,
    logits: (x) => Float64Array.of(w.reduce((s, wi, i) => s + wi * x[i], b)),
    inputGradient: (_x, cot) => w.map((wi) => wi * cot[0]),
  };
}

// An exact k-plane in R^196 and a unit normal w with tangent share rhoG (docs/science.md §4, §8).
const n = 196;
const k = 16;
const rng = createRng(3);
const A = orthonormalize(Array.from({ length: k }, () => Float64Array.from({ length: n }, () => rng.normal())));
const tangentAt = decoderTangentProvider(linearManifoldMaps(A, new Float64Array(n).fill(0.5)));
const u0 = projectNormal(A, Float64Array.from({ length: n }, () => rng.normal()));
const u = u0.map((v) => v / Math.hypot(...u0));
const rhoG = 0.2;
const w = Float64Array.from({ length: n }, (_, i) => Math.sqrt(rhoG) * A[2][i] + Math.sqrt(1 - rhoG) * u[i]);
const x0 = new Float64Array(n).fill(0.5);
const dist = 0.15;
const clf = affine(w, dist - w.reduce((s, v, i) => s + v * x0[i], 0)); // f(x0) = dist, |w| = 1

describe('Experiments A and B on a linear classifier and an exact linear manifold', () => {
  it('match the analytic answers: rho_delta = rho_g, r_on = 1/sqrt(rho_g), r_off = 1/sqrt(1 - rho_g)', () => {
    const row = runImageAB(clf, tangentAt, x0, 1, 0);
    expect(row.skipped).toBe(false);
    expect(row.rank).toBe(k);
    expect(row.normFree).toBeCloseTo(dist, 6);
    expect(row.normOn).toBeCloseTo(dist / Math.sqrt(rhoG), 5);
    expect(row.normOff).toBeCloseTo(dist / Math.sqrt(1 - rhoG), 5);
    expect(row.rhoDelta).toBeCloseTo(rhoG, 5);
    expect(row.rhoGrad).toBeCloseTo(rhoG, 5);
    expect(row.rOn).toBeCloseTo(1 / Math.sqrt(rhoG), 4);
    expect(row.rOff).toBeCloseTo(1 / Math.sqrt(1 - rhoG), 4);
    expect(row.consistency).toBeCloseTo(1, 4);
    expect(row.tangentNorm).toBeCloseTo(dist * Math.sqrt(rhoG), 5);
    expect(row.normalNorm).toBeCloseTo(dist * Math.sqrt(1 - rhoG), 5);
    expect(row.advClass).toBe(0);
    // The random k-frame sees the same delta at about k/n, not at rho_g.
    expect(row.rhoRandom).toBeLessThan(0.2);
    // delta and g both point along w, on every pixel: both support-matched nulls have the exact
    // mean sum_i w_i^2 h_i (h_i the leverage of pixel i), here near k/n.
    const h = (i: number) => A.reduce((s, q) => s + q[i] * q[i], 0);
    const expected = w.reduce((s, wi, i) => s + wi * wi * h(i), 0);
    expect(row.deltaSupport).toBe(n);
    expect(row.supportNullDelta).toBeCloseTo(expected, 6);
    expect(row.supportNullGrad).toBeCloseTo(expected, 9);
    expect(row.supportNullDeltaLo).toBeLessThan(expected);
    expect(row.supportNullDeltaHi).toBeGreaterThan(expected);
    expect(row.supportNullDeltaHi).toBeLessThan(rhoG); // so rho_delta = 0.2 lies above it
    // Without the pixel box (--no-clip) nothing changes here: the box is never active.
    const free = runImageAB(clf, tangentAt, x0, 1, 0, { ...AB_DEFAULTS, lo: -Infinity, hi: Infinity });
    expect(free.normOn).toBeCloseTo(row.normOn as number, 9);
  });

  it('skips a misclassified image and reports no-flip as null', () => {
    expect(runImageAB(clf, tangentAt, x0, 0, 7)).toEqual({ index: 7, label: 0, pred: 1, skipped: true });
    const row = runImageAB(clf, tangentAt, x0, 1, 0, { ...AB_DEFAULTS, maxSteps: 5, refine: 10 });
    expect(row.normFree).toBeNull();
    expect(row.rOn).toBeNull();
    expect(row.rhoDelta).toBeUndefined();
  });

  it('ends a constrained run that cannot move (gradient normal to M) as a stalled no-flip', () => {
    // Axis-aligned plane (exact in float32): P_T of the gradient e_20 is exactly zero.
    const E = Array.from({ length: k }, (_, j) => Float64Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
    const axisTangent = decoderTangentProvider(linearManifoldMaps(E, x0));
    const wn = Float64Array.from({ length: n }, (_, i) => (i === 20 ? 1 : 0));
    const normalOnly = affine(wn, dist - 0.5);
    const row = runImageAB(normalOnly, axisTangent, x0, 1, 0);
    expect(row.normOn).toBeNull();
    expect(row.stalled).toBe('on');
    expect(row.stepsOn).toBeLessThan(150);
    expect(row.normOff).toBeCloseTo(dist, 6);
    expect(row.rhoDelta).toBeLessThan(1e-6);
    // delta lives on pixel 20 alone, outside the axis tangent space: its null is 0 exactly.
    expect(row.deltaSupport).toBe(1);
    expect([row.supportNullDelta, row.supportNullDeltaLo, row.supportNullDeltaHi]).toEqual([0, 0, 0]);
  });

  it('runs over a set with progress, summary, markdown and CSV; cancel stops early', async () => {
    const count = 5;
    const images = new Float64Array(count * n);
    for (let i = 0; i < count; i++) for (let j = 0; j < n; j++) images[i * n + j] = 0.5 + 0.02 * i * A[0][j];
    const src: ImageSource = { images, labels: [1, 1, 0, 1, 1], n, count };
    const seen: number[] = [];
    const res = await runExperimentAB(clf, tangentAt, src, 10, {}, { onProgress: (d, t) => seen.push(d * 100 + t), yieldNow: async () => {} });
    expect(seen).toEqual([105, 205, 305, 405, 505]);
    expect(res.cancelled).toBe(false);
    expect(res.summary.skipped).toBe(1);
    expect(res.summary.k).toBe(k);
    expect(res.summary.stats.rOn.median).toBeCloseTo(1 / Math.sqrt(rhoG), 4);
    expect(res.summary.ratioOfMeans.rOff).toBeCloseTo(1 / Math.sqrt(1 - rhoG), 4);
    expect(res.summary.null?.mean).toBeCloseTo(k / n, 12);
    // rho_delta = rho_g = 0.2 lies above every image's support-matched 97.5 % quantile.
    expect(res.summary.supportNull).toEqual({ deltaAbove: 1, deltaBelow: 0, gradAbove: 1, gradBelow: 0 });
    expect(res.summary.aboveNull).toBe(1);
    expect(res.summary.stats.deltaSupport.mean).toBe(n);
    const md = abMarkdown(res.summary, 'synthetic');
    expect(md).toMatch(/\| support-matched null of ρ_δ \| 0\.0\d\d \|.*above its image's 97\.5 %: 100 %/);
    expect(md).toContain('| r_on = on / unconstrained | 2.236 |');
    expect(md).toContain('null k/n = 0.082');
    const csv = readCsv(abCsv(res.rows));
    if (!csv.ok) throw new Error(csv.message);
    expect(csv.records).toHaveLength(6);
    expect(csv.records[3].fields.slice(0, 5)).toEqual(['2', '0', '1', 'true', '']);
    // Shards over disjoint ranges give exactly the rows of one run (seeds follow the image index).
    const a = await runExperimentAB(clf, tangentAt, src, 2, {}, {}, 0);
    const b = await runExperimentAB(clf, tangentAt, src, 10, {}, {}, 2);
    expect(b.rows.map((r) => r.index)).toEqual([2, 3, 4]);
    expect([...a.rows, ...b.rows]).toEqual(res.rows);
    let polls = 0;
    const cut = await runExperimentAB(clf, tangentAt, src, 5, {}, { shouldCancel: () => ++polls > 3 });
    expect(cut.cancelled).toBe(true);
    expect(cut.rows.length).toBeLessThan(5);
  });
});

describe('summary statistics', () => {
  it('mean, median, quartiles and sd of the finite values', () => {
    const s = stat([4, 1, null, 3, 2, NaN, undefined]);
    expect(s).toEqual({ count: 4, mean: 2.5, median: 2.5, q25: 1.75, q75: 3.25, sd: Math.sqrt(5 / 3) });
    expect(stat([]).count).toBe(0);
  });
});
