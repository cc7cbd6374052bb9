import { describe, expect, it } from 'vitest';
import { affineMulticlass, randomMlp } from '../attacks/test/helpers';
import { randomFrame } from '../geometry/decoderTangent';
import { margin, predictClass } from '../model/classifier';
import { createRng } from '../rng';
import { attackProbe, chooseProbe, gradientProbe, type ProbeImages } from './trainingProbe';

const n = 12, k = 3;

function images(seed: number, count: number): ProbeImages {
  const rng = createRng(seed);
  const data = Float32Array.from({ length: count * n }, () => rng.uniform(0.2, 0.8));
  return { images: data, labels: new Int32Array(count), n, count };
}

/** P_T as an explicit n x n matrix Q^T Q. */
function projectionMatrix(Q: Float64Array[]): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Q.reduce((s, q) => s + q[i] * q[j], 0)));
}

describe('training probe metrics', () => {
  it('chooses a fixed, seeded probe of distinct digits; the attack probe is its head', () => {
    const a = chooseProbe(500, 64, 16, 7), b = chooseProbe(500, 64, 16, 7);
    expect(Array.from(a.gradient)).toEqual(Array.from(b.gradient));
    expect(new Set(a.gradient).size).toBe(64);
    expect(Array.from(a.attack)).toEqual(Array.from(a.gradient.slice(0, 16)));
    expect(Array.from(chooseProbe(500, 64, 16, 8).gradient)).not.toEqual(Array.from(a.gradient));
  });

  it('ρ_g matches central differences of the margin and an explicit projection matrix', () => {
    const clf = randomMlp(3, [n, 10, 4], 'tanh');
    const src = images(1, 6);
    const idx = [0, 1, 2, 3, 4, 5];
    const Q = idx.map((i) => randomFrame(k, n, createRng(100 + i)));
    const got = gradientProbe(clf, src, idx, Q);
    const nullMeans: number[] = [];
    idx.forEach((i, t) => {
      const x = Float64Array.from(src.images.subarray(i * n, (i + 1) * n));
      const y = predictClass(clf.logits(x));
      const h = 1e-5;
      const g = Array.from({ length: n }, (_, p) => {
        const up = Float64Array.from(x), dn = Float64Array.from(x);
        up[p] += h; dn[p] -= h;
        return (margin(clf.logits(up), y) - margin(clf.logits(dn), y)) / (2 * h);
      });
      const P = projectionMatrix(Q[t]);
      const pg = P.map((row) => row.reduce((s, v, j) => s + v * g[j], 0));
      const rho = pg.reduce((s, v) => s + v * v, 0) / g.reduce((s, v) => s + v * v, 0);
      expect(got.rho[t]).toBeCloseTo(rho, 6);
      // Support-matched null mean, exactly: Σ g_i² h_i / |g|² with the leverages h_i = (P_T)_ii.
      nullMeans.push(g.reduce((s, v, p) => s + v * v * P[p][p], 0) / g.reduce((s, v) => s + v * v, 0));
    });
    expect(got.supportNull.count).toBe(idx.length);
    expect(got.supportNull.support).toBe(n);
    expect(got.supportNull.mean).toBeCloseTo(nullMeans.reduce((s, v) => s + v, 0) / nullMeans.length, 6);
    expect(got.supportNull.lo).toBeLessThan(got.supportNull.mean);
    expect(got.supportNull.hi).toBeGreaterThan(got.supportNull.mean);
    const sorted = Array.from(got.rho).sort((a, b) => a - b);
    expect(got.stat.median).toBeCloseTo((sorted[2] + sorted[3]) / 2, 12);
  });

  it('flip norms, r_on, r_off and ρ_δ on an affine net equal the exact distances to its boundary', () => {
    const rng = createRng(5);
    const W = [Array.from({ length: n }, () => rng.normal()), Array.from({ length: n }, () => rng.normal())];
    const clf = affineMulticlass(W, [0.3, -0.2]);
    const src = images(2, 4);
    const idx = [0, 1, 2, 3];
    const Q = idx.map((i) => randomFrame(k, n, createRng(200 + i)));
    const r = attackProbe(clf, src, idx, Q, { stepSize: 0.01, maxSteps: 20000, refine: 40, lo: -Infinity, hi: Infinity });
    const exact = idx.map((i, t) => {
      const x = src.images.subarray(i * n, (i + 1) * n);
      const z = clf.logits(x);
      const y = predictClass(z);
      const w = W[y].map((v, p) => v - W[1 - y][p]);
      const P = projectionMatrix(Q[t]);
      const pt = P.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
      const nrm = (v: number[]) => Math.hypot(...v);
      const m = Math.abs(z[0] - z[1]);
      // δ runs along w, so its support-matched null mean is Σ w_i² h_i / |w|² (h_i = (P_T)_ii).
      const smNull = w.reduce((s, v, p) => s + v * v * P[p][p], 0) / nrm(w) ** 2;
      return { free: m / nrm(w), on: m / nrm(pt), off: m / nrm(w.map((v, p) => v - pt[p])), rho: nrm(pt) ** 2 / nrm(w) ** 2, smNull };
    });
    r.rows.forEach((row, t) => {
      expect(row.free!).toBeCloseTo(exact[t].free, 4);
      expect(row.on!).toBeCloseTo(exact[t].on, 3);
      expect(row.off!).toBeCloseTo(exact[t].off, 4);
      expect(row.rhoDelta!).toBeCloseTo(exact[t].rho, 4);
    });
    const mean = (f: (e: (typeof exact)[number]) => number) => exact.reduce((s, e) => s + f(e), 0) / exact.length;
    expect(r.complete).toBe(4);
    expect(r.rOn!).toBeCloseTo(mean((e) => e.on) / mean((e) => e.free), 3);
    expect(r.rOff!).toBeCloseTo(mean((e) => e.off) / mean((e) => e.free), 3);
    expect(r.free.mean).toBeCloseTo(mean((e) => e.free), 4);
    expect(r.consistency!).toBeCloseTo(r.rOn! ** -2 + r.rOff! ** -2, 12);
    expect(r.deltaNull.count).toBe(4);
    expect(r.deltaNull.mean).toBeCloseTo(mean((e) => e.smNull), 4);
  });
});
