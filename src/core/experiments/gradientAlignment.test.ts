import { describe, expect, it } from 'vitest';
import { createManifold, makeDataset } from '../datasets';
import { nullRho } from '../geometry/nullModel';
import type { Classifier } from '../model/classifier';
import type { MlpWeights } from '../model/mlpWeights';
import { PAPER_RECIPE } from '../model/trainConfig';
import { asSet } from './evaluate';
import { alignmentAt, alignmentWithNullAt, basesOf, exactTangentSpace, gradientTangentShare, runGradientAlignment, summarise } from './gradientAlignment';
import { heldOutDataset } from './heldOut';

/** f(x) = w·x + b as a one-layer MLP (its input gradient is w everywhere). */
const linear = (w: number[], b = 0): MlpWeights => ({
  activation: 'relu',
  layers: [{ inDim: w.length, outDim: 1, W: Float32Array.from(w), b: Float32Array.of(b) }],
});

describe('rho_g against the exact tangent basis', () => {
  it('a hand-built linear classifier gives the analytic share |w_T|^2/|w|^2', () => {
    const w = [1, 2, 0, 2, 0]; // tangent part (1, 2) on the plane's first k = 2 axes: rho = 5/9
    const clf: Classifier = {
      inputDim: 5, numClasses: 2, outputs: 1,
      logits: (x) => Float64Array.of(w.reduce((s, wi, i) => s + wi * x[i], -1)),
      inputGradient: (_x, cot) => Float64Array.from(w, (wi) => wi * cot[0]),
    };
    const m = createManifold('planeRn', { ambientDim: 5, intrinsicDim: 2 });
    const x = m.project([0.3, 0.7, 0, 0, 0]);
    for (const y of [0, 1]) {
      expect(gradientTangentShare(clf, x, y, m.tangentBasis(x), 'margin')).toBeCloseTo(5 / 9, 12);
      expect(gradientTangentShare(clf, x, y, m.tangentBasis(x), 'loss')).toBeCloseTo(5 / 9, 12);
    }
  });

  it('alignmentAt uses each point of the dataset with its basis: 5/9, 1 (tangent) and 0 (normal)', () => {
    const ds = makeDataset({ manifold: 'planeRn', pattern: 'checkerboard', layout: 'random', count: 20, seed: 2, ambientDim: 5, intrinsicDim: 2 });
    const bases = basesOf(exactTangentSpace(ds.manifold), asSet(ds));
    const rho = (w: number[]) => Array.from(alignmentAt(linear(w, 0.1), bases, asSet(ds)));
    for (const r of rho([1, 2, 0, 2, 0])) expect(r).toBeCloseTo(5 / 9, 6);
    for (const r of rho([3, -1, 0, 0, 0])) expect(r).toBeCloseTo(1, 6);
    for (const r of rho([0, 0, 1, -1, 2])) expect(r).toBeCloseTo(0, 6);
    const plane = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
    for (const r of alignmentAt(linear([0, 0, 1]), basesOf(exactTangentSpace(plane.manifold), asSet(plane)), asSet(plane))) expect(r).toBe(0);
  });
});

describe('the support-matched null of rho_g (docs/science.md §4)', () => {
  it('g = ±(1, 2) against the line at 30°: rho = (cos + 2 sin)²/5, null mean (cos² + 4 sin²)/5 = 0.35', () => {
    const t = Math.PI / 6;
    const q = [Float64Array.of(Math.cos(t), Math.sin(t))];
    const set = { points: Float32Array.of(0.2, 0.4, 0.9, 0.1), labels: Int32Array.of(0, 1), n: 2, numClasses: 2 };
    const { rho, supportNull } = alignmentWithNullAt(linear([1, 2], -0.5), [q, q], set);
    for (let i = 0; i < 2; i++) {
      expect(rho[i]).toBeCloseTo((Math.cos(t) + 2 * Math.sin(t)) ** 2 / 5, 6);
      expect(supportNull[i]).toBeCloseTo(0.35, 6);
    }
    expect(summarise(rho, supportNull).supportNull).toBeCloseTo(0.35, 6);
    expect(summarise(rho).supportNull).toBeNaN();
  });
});

describe('runGradientAlignment', () => {
  it('k = 2, n = 50: a series every `every` epochs with the Beta null (mean 0.04)', async () => {
    const train = makeDataset({ manifold: 'planeRn', pattern: 'checkerboard', layout: 'random', count: 40, seed: 1, ambientDim: 50, intrinsicDim: 2, cells: 2 });
    const test = heldOutDataset(train, 30);
    const s = await runGradientAlignment(asSet(train), asSet(test), exactTangentSpace(train.manifold), { ...PAPER_RECIPE, hidden: [32] }, { epochs: 25, every: 10 });
    const nul = nullRho(2, 50);
    expect([s.k, s.n]).toEqual([2, 50]);
    expect(s.nullMean).toBeCloseTo(0.04, 12);
    expect([s.nullLo, s.nullHi]).toEqual([nul.lo, nul.hi]);
    expect(s.nullLo).toBeLessThan(0.04);
    expect(s.nullHi).toBeGreaterThan(0.04);
    expect(s.points.map((p) => p.epoch)).toEqual([0, 10, 20, 25]);
    for (const p of s.points) {
      expect(p.train.count).toBe(40);
      expect(p.test.count).toBe(30);
      for (const v of [p.train.mean, p.train.median, p.test.mean, p.test.median]) expect(v >= 0 && v <= 1).toBe(true);
    }
  });
});
