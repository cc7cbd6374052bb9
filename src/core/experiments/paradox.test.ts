import { describe, expect, it } from 'vitest';
import { makeDataset } from '../datasets';
import { PAPER_RECIPE, type TrainConfig } from '../model/trainConfig';
import { createRng } from '../rng';
import { accuracy, asSet, distance, type LabelledSet } from './evaluate';
import { fitMlp } from './fitMlp';
import { heldOutDataset } from './heldOut';
import { runParadox, wrongTarget, type ParadoxOptions } from './paradox';

describe('wrongTarget', () => {
  it('binary: the other class; multiclass: next = y+1 mod K, random covers every other class', () => {
    const rng = createRng(5);
    expect([0, 1].map((y) => wrongTarget(y, 2, 'other', rng))).toEqual([1, 0]);
    expect([0, 4, 9].map((y) => wrongTarget(y, 10, 'next', rng))).toEqual([1, 5, 0]);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const t = wrongTarget(3, 10, 'random', rng);
      expect(t).not.toBe(3);
      seen.add(t);
    }
    expect(seen.size).toBe(9);
    expect(() => wrongTarget(0, 10, 'other', rng)).toThrow();
  });
});

const train = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const test = heldOutDataset(train, 400);
const opts: ParadoxOptions = {
  config: PAPER_RECIPE,
  attack: { norm: 'L2', eps: 0.2, steps: 20 },
  target: 'other',
  bounds: train.manifold.bounds,
  seed: 7,
};

describe('the paradox pipeline on the 3-D paper toy', () => {
  it('N2 is trained only on mislabelled adversarial points and tested on held-out clean points', async () => {
    const r = await runParadox(asSet(train), asSet(test), opts);
    const { adversarial: adv } = r;
    expect(adv.labels).toHaveLength(25);
    for (let i = 0; i < 25; i++) {
      expect(adv.labels[i]).not.toBe(train.labels[i]);
      expect(r.originalLabels[i]).toBe(train.labels[i]);
      expect(distance(adv.points.subarray(3 * i, 3 * i + 3), train.points.subarray(3 * i, 3 * i + 3), 'L2')).toBeLessThanOrEqual(0.2 * (1 + 1e-6) + 1e-7);
    }
    // N2 is exactly what training a fresh net on the mislabelled set alone gives.
    const again = await fitMlp(adv, { ...PAPER_RECIPE, seed: PAPER_RECIPE.seed + 1 });
    expect(again.weights.layers[1].W).toEqual(r.n2.layers[1].W);
    // Held-out points: same pattern, none of them a training point.
    const key = (p: Float32Array, i: number) => Array.from(p.subarray(3 * i, 3 * i + 3)).join();
    const trainKeys = new Set(Array.from({ length: 25 }, (_, i) => key(train.points, i)));
    for (let i = 0; i < test.count; i++) expect(trainKeys.has(key(test.points, i))).toBe(false);
    expect(r.n2TestAccuracy).toBe(accuracy(r.n2, asSet(test)));
    expect(r.n2MislabelledAccuracy).toBe(accuracy(r.n2, adv));
    expect(r.chance).toBe(0.5);
    console.log(
      `3-D toy paradox: N1 test ${r.n1TestAccuracy.toFixed(3)}, attack success ${r.attackSuccess.toFixed(2)}, ` +
        `N2 clean test ${r.n2TestAccuracy.toFixed(3)}, N2 own set ${r.n2MislabelledAccuracy.toFixed(2)}, ` +
        `N2 clean train ${r.n2CleanTrainAccuracy.toFixed(2)}, chance ${r.chance}, majority ${r.majority.toFixed(3)}`,
    );
  });

  it('is deterministic from its seeds', async () => {
    const a = await runParadox(asSet(train), asSet(test), opts);
    const b = await runParadox(asSet(train), asSet(test), opts);
    expect(b.adversarial.points).toEqual(a.adversarial.points);
    expect(b.n2.layers[0].W).toEqual(a.n2.layers[0].W);
    const c = await runParadox(asSet(train), asSet(test), { ...opts, seed: 8 });
    expect(c.adversarial.points).not.toEqual(a.adversarial.points);
  });
});

/** Three Gaussian clusters in R^4 (labels 0, 1, 2) for the multiclass targets. */
function clusters(count: number, seed: number): LabelledSet {
  const rng = createRng(seed);
  const points = new Float32Array(count * 4);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = i % 3;
    for (let j = 0; j < 4; j++) points[4 * i + j] = 0.5 + (j === labels[i] ? 0.3 : 0) + 0.05 * rng.normal();
  }
  return { points, labels, n: 4, numClasses: 3 };
}

describe('multiclass targets', () => {
  const config: TrainConfig = { ...PAPER_RECIPE, hidden: [16], maxEpochs: 300 };
  for (const target of ['next', 'random'] as const) {
    it(`${target}: every N2 label is a wrong class${target === 'next' ? ' and equals y+1 mod 3' : ''}`, async () => {
      const tr = clusters(30, 1);
      const r = await runParadox(tr, clusters(30, 2), { config, attack: { norm: 'Linf', eps: 0.1, steps: 10 }, target, bounds: { lo: 0, hi: 1 }, seed: 1 });
      tr.labels.forEach((y, i) => {
        expect(r.adversarial.labels[i]).not.toBe(y);
        if (target === 'next') expect(r.adversarial.labels[i]).toBe((y + 1) % 3);
      });
      expect(r.chance).toBeCloseTo(1 / 3, 12);
    });
  }
});
