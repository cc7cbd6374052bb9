import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageSetFetcher } from '../../core/datasets/mnist14';
import { imageOf } from '../../core/experiments/trainingProbe';
import type { ModelFiles } from '../../core/experiments/imageExperimentModels';
import { margin, predictClass } from '../../core/model/classifier';
import { DEFAULT_MLP } from '../../core/model/imageModels';
import type { ImageTrainer } from '../../core/model/image/imageTrainer';
import { createImageTrainer } from '../../core/model/image/tfImageTrainer';
import { loadImageLab, type ImageLab } from '../imageLab';
import { computeDigitSlice } from './digitSliceCompute';
import { classifierOfSnapshot } from './trainerSource';

const ROOT = join(__dirname, '..', '..', '..');
const disk = (dir: string): ModelFiles & ImageSetFetcher => ({
  json: async (p) => JSON.parse(readFileSync(join(ROOT, dir, p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(ROOT, dir, p))),
});
let lab: ImageLab;
let trainer: ImageTrainer;

beforeAll(async () => {
  await tf.setBackend('cpu');
  lab = await loadImageLab({ dataset: 'mnist14', k: 16, dataBase: 'unused' }, disk('models'), disk('public/data'), null);
  // A fixed (seeded, untrained-but-for-a-few-steps) network evaluated by tfjs, as in Train mode.
  trainer = await createImageTrainer(
    { ...DEFAULT_MLP, inputDim: 196, numClasses: 10, seed: 3 },
    { optimizer: 'adam', learningRate: 0.01, batchSize: 32, initScale: 1, weightDecay: 0, seed: 3 },
    'cpu',
  );
  const t = lab.test;
  for (let s = 0; s < 4; s++) await trainer.step(t.images.slice(s * 32 * t.n, (s + 1) * 32 * t.n), t.labels.slice(s * 32, (s + 1) * 32));
});

const coord = (i: number, res: number, ext: number) => ext * (-1 + (2 * i) / (res - 1));
const dot = (p: ArrayLike<number>, q: ArrayLike<number>) => Array.from(p).reduce((t, v, i) => t + v * q[i], 0);

describe('the Train mode slices through a digit', () => {
  it('the 3-D grid equals the network margin at every vertex, the plane is its b = 0 section, and no tensor leaks', async () => {
    const index = 7;
    const x0 = imageOf(lab.test, index);
    const Q = lab.tangentAt(x0).Q;
    const clf = classifierOfSnapshot(await trainer.getWeights());
    const before = tf.memory().numTensors;
    const res = 9,
      volumeRes = 7,
      ext = 1.2;
    const s = await computeDigitSlice((x, c) => trainer.logits(x, c), clf, x0, Q, index, 4, res, ext, volumeRes);
    expect(tf.memory().numTensors).toBe(before);
    const v = s.volume!;
    expect(v.res).toBe(volumeRes);
    expect(s.cls).toBe(predictClass(clf.logits(x0)));
    // The axes: u = the leading tangent direction, t₂ the second, v off the manifold; orthonormal.
    expect(Math.abs(dot(s.u, Q[0]))).toBeCloseTo(1, 5);
    expect(Math.abs(dot(v.t2, Q[1]))).toBeCloseTo(1, 5);
    for (const q of Q) expect(dot(s.v, q)).toBeCloseTo(0, 5);
    for (const [p, q] of [
      [s.u, v.t2],
      [s.u, s.v],
      [v.t2, s.v],
    ])
      expect(dot(p, q)).toBeCloseTo(0, 5);
    // Slow, independent: every vertex x0 + a u + b t₂ + c v through the plain-JS classifier (float64).
    let worst = 0;
    for (let k = 0; k < volumeRes; k++)
      for (let j = 0; j < volumeRes; j++)
        for (let i = 0; i < volumeRes; i++) {
          const [a, b, c] = [i, j, k].map((t) => coord(t, volumeRes, ext));
          const x = Array.from(x0, (x, q) => x + a * s.u[q] + b * v.t2[q] + c * s.v[q]);
          worst = Math.max(worst, Math.abs(v.margins[i + volumeRes * (j + volumeRes * k)] - margin(clf.logits(x), s.cls)));
        }
    expect(worst).toBeLessThan(1e-3);
    // The middle layer (b = 0) is the plane: a 7-vertex volume and a 9-vertex plane share a = c = 0.
    const mid = (volumeRes - 1) / 2;
    expect(v.margins[mid + volumeRes * (mid + volumeRes * mid)]).toBeCloseTo(s.margins[(res - 1) / 2 + res * ((res - 1) / 2)], 4);
    // The boundary mesh sits inside the box and separates the two sides the grid holds.
    const own = Array.from(v.margins).filter((m) => m > 0).length / v.margins.length;
    expect(v.originalShare).toBeCloseTo(own, 9);
    if (own > 0 && own < 1) expect(v.indices.length).toBeGreaterThan(0);
    for (const p of v.positions) expect(Math.abs(p)).toBeLessThanOrEqual(1 + 1e-6);
    expect(Math.max(...v.indices, -1)).toBeLessThan(v.positions.length / 3);
    // Paths start at x; the plane's path is the (u, v) part of the volume's, in L2 units.
    for (const key of ['free', 'on', 'off'] as const) {
      const p3 = v.paths[key],
        p2 = s.paths[key];
      expect(p3.length / 3).toBe(p2.length / 2);
      if (!p3.length) continue;
      expect(Array.from(p3.subarray(0, 3))).toEqual([0, 0, 0]);
      for (let t = 0; t < p2.length / 2; t++) {
        expect(p3[3 * t] * ext).toBeCloseTo(p2[2 * t], 4);
        expect(p3[3 * t + 2] * ext).toBeCloseTo(p2[2 * t + 1], 4);
      }
    }
    expect(v.paths.free.length).toBeGreaterThan(3); // the unconstrained attack flips this digit
  });

  it('no volume is computed when it is not asked for', async () => {
    const x0 = imageOf(lab.test, 2);
    const clf = classifierOfSnapshot(await trainer.getWeights());
    const s = await computeDigitSlice((x, c) => trainer.logits(x, c), clf, x0, lab.tangentAt(x0).Q, 2, 0, 5, 1, 0);
    expect(s.volume).toBeNull();
  });
});
