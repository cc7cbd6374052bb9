import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImageSet, type ImageSet, type ImageSetFetcher } from '../../core/datasets/mnist14';
import type { ModelFiles } from '../../core/experiments/imageExperimentModels';
import { chooseProbe, gradientProbe, imageOf } from '../../core/experiments/trainingProbe';
import { margin } from '../../core/model/classifier';
import { classifierOfSnapshot } from './trainerSource';
import { loadImageLab, type ImageLab } from '../imageLab';
import { ImageTrainingSession } from './trainingSession';
import type { EpochRecord, ImageTrainSettings, TrainMessage } from './trainingTypes';

const ROOT = join(__dirname, '..', '..', '..');
const disk = (dir: string): ModelFiles & ImageSetFetcher => ({
  json: async (p) => JSON.parse(readFileSync(join(ROOT, dir, p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(ROOT, dir, p))),
});
/** Smaller than the app's probe (64 / 16 / 1000) so the test stays quick; attacks every epoch (no clock in the test). */
const SIZES = { gradientCount: 16, attackCount: 3, seed: 12345, evalCount: 200, attackEvery: 1 };
let lab: ImageLab;
let train: ImageSet;

const head = (s: ImageSet, count: number): ImageSet => ({
  ...s,
  count,
  images: s.images.slice(0, count * s.n),
  labels: s.labels.slice(0, count),
});

const settings: ImageTrainSettings = {
  dataset: 'mnist14',
  model: 'mlp',
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 64,
  epochs: 2,
  initScale: 1,
  weightDecay: 0,
  seed: 1,
  k: 16,
  sliceIndex: 3,
  sliceExtent: 1.5,
  dataBase: 'unused',
};

beforeAll(async () => {
  await tf.setBackend('cpu');
  lab = await loadImageLab({ dataset: 'mnist14', k: 16, dataBase: 'unused' }, disk('models'), disk('public/data'), null);
  train = head((await loadImageSet('mnist14', 'train', disk('public/data'))).set, 256);
});

describe('image-training session', () => {
  it('trains epochs, measures the probe, draws an exact slice, and leaks no tensors in a metric pass or a slice', async () => {
    const s = await ImageTrainingSession.create(settings, { train, test: lab.test, tangentAt: lab.tangentAt }, SIZES);
    const records: EpochRecord[] = [];
    const sink = (m: TrainMessage) => {
      if (m.kind === 'epoch') records.push(m);
    };
    expect(await s.run(sink, 1)).toEqual({ state: 'done', epoch: 1 });
    // The optimiser's slots exist after the first step: from here on the count must stay flat.
    // The snapshot viewer is built on the first re-sliced epoch; it is owned, not leaked.
    await s.sliceAt(1, 5, 1.0);
    const before = tf.memory().numTensors;
    expect(await s.run(sink, 2)).toEqual({ state: 'done', epoch: 2 });
    expect(tf.memory().numTensors).toBe(before);
    await s.sliceAt(2, 6, 1.0);
    expect(tf.memory().numTensors).toBe(before);

    expect(records.map((r) => r.epoch)).toEqual([0, 1, 2]);
    const [init, , last] = records;
    expect(init.attack).not.toBeNull(); // with a fixed interval the attack probe runs at init and at the last epoch
    expect(last.attack).not.toBeNull();
    expect(last.testAccuracy).toBeGreaterThan(init.testAccuracy);
    expect(last.trainLoss).toBeLessThan(2.3);
    expect(init.rhoGrad.count).toBe(SIZES.gradientCount);
    // Both ρ come with their support-matched null, a proper band around its mean.
    for (const b of [init.gradNull, last.gradNull, last.attack!.deltaNull]) {
      expect(b.lo).toBeLessThan(b.mean);
      expect(b.hi).toBeGreaterThan(b.mean);
    }
    expect(init.gradNull.count).toBe(SIZES.gradientCount);
    // The tangent bases were taken once for the run: the same ρ_g and null with bases taken afresh
    // at this epoch, per digit in plain JS (float64; the session's gradients are float32 batches).
    const probe = chooseProbe(lab.test.count, SIZES.gradientCount, SIZES.attackCount, SIZES.seed);
    const fresh = Array.from(probe.gradient, (i) => lab.tangentAt(imageOf(lab.test, i)).Q);
    const ref = gradientProbe(classifierOfSnapshot(await s.weightsAt(2)), lab.test, probe.gradient, fresh);
    expect(last.rhoGrad.mean).toBeCloseTo(ref.stat.mean, 5);
    expect(last.rhoGrad.median).toBeCloseTo(ref.stat.median, 5);
    for (const k of ['mean', 'lo', 'hi', 'support'] as const) expect(last.gradNull[k]).toBeCloseTo(ref.supportNull[k], 4);
    expect(last.attack!.deltaNull.support).toBeLessThanOrEqual(lab.test.n);
    expect(last.attack!.attacked).toBe(SIZES.attackCount);
    expect(records.every((r) => r.snapshot)).toBe(true); // 0, 1, 2 are timeline epochs

    // The slice grid is the real network: recompute a few vertices with the frozen classifier.
    const sl = last.slice!;
    const clf = classifierOfSnapshot(await s.weightsAt(2));
    const end = sl.res - 1; // the grid's last vertex on an axis
    for (const [i, j] of [
      [0, 0],
      [end >> 1, end >> 1],
      [end, 10],
      [7, end - 2],
    ]) {
      const a = sl.extent * (-1 + (2 * i) / (sl.res - 1)),
        b = sl.extent * (-1 + (2 * j) / (sl.res - 1));
      const x = Array.from(sl.x0, (v, q) => v + a * sl.u[q] + b * sl.v[q]);
      expect(sl.margins[i + sl.res * j]).toBeCloseTo(margin(clf.logits(x), sl.cls), 3);
    }
    const dot = (p: Float32Array, q: Float32Array) => p.reduce((t, v, i) => t + v * q[i], 0);
    expect(dot(sl.u, sl.v)).toBeCloseTo(0, 5);
    expect(dot(sl.u, sl.u)).toBeCloseTo(1, 5);
    expect(sl.segments.length).toBeGreaterThan(0);
    s.dispose();
  });

  it('under the time budget, defers init attacks to the first epoch and says what cadence is in force', async () => {
    const s = await ImageTrainingSession.create(
      settings,
      { train, test: lab.test, tangentAt: lab.tangentAt },
      { ...SIZES, attackEvery: undefined },
    );
    const seen: TrainMessage[] = [];
    expect(await s.run((m) => void (m.kind !== 'progress' && seen.push(m)), 2)).toEqual({ state: 'done', epoch: 2 });
    expect(seen[0]).toMatchObject({ kind: 'epoch', epoch: 0, attack: null });
    expect((seen[0] as EpochRecord).cadence).toMatch(/planned after epoch 1/);
    // How many digits fit depends on this machine's measured times; the structure does not.
    const patch = seen.findIndex((m) => m.kind === 'attack');
    const first = seen.findIndex((m) => m.kind === 'epoch' && m.epoch === 1);
    if (patch >= 0) {
      expect(patch).toBeLessThan(first);
      expect(seen[patch]).toMatchObject({ kind: 'attack', epoch: 0 });
    }
    for (const m of seen.slice(first)) {
      if (m.kind !== 'epoch') continue;
      expect(m.cadence).toMatch(/flip-norm attacks (on \d+ digits|skipped)/);
      expect(m.attack?.attacked ?? 0).toBeLessThanOrEqual(SIZES.attackCount);
    }
    s.dispose();
  });

  it('pauses between steps and resumes where it stopped', async () => {
    const s = await ImageTrainingSession.create({ ...settings, epochs: 1 }, { train, test: lab.test, tangentAt: lab.tangentAt }, SIZES);
    let steps = 0;
    const end = await s.run((m) => {
      if (m.kind === 'progress' && m.phase === 'training' && ++steps >= 1) s.pause();
    });
    expect(end.state).toBe('paused');
    expect(end.epoch).toBe(0);
    expect((await s.run(() => undefined)).state).toBe('done');
    expect(s.epoch).toBe(1);
    s.dispose();
  });

  it('measures a CNN at init and slices it without leaking tensors', async () => {
    const s = await ImageTrainingSession.create(
      { ...settings, model: 'cnn', epochs: 1 },
      { train, test: lab.test, tangentAt: lab.tangentAt },
      { ...SIZES, attackCount: 1 },
    );
    const records: EpochRecord[] = [];
    expect(
      await s.run((m) => {
        if (m.kind === 'epoch') records.push(m);
      }, 0),
    ).toEqual({ state: 'done', epoch: 0 });
    expect(records).toHaveLength(1);
    expect(s.info.architecture).toMatch(/^CNN/);
    const before = tf.memory().numTensors;
    const sl = await s.sliceAt(null, 2, 1.0);
    expect(tf.memory().numTensors).toBe(before);
    expect(sl.margins.length).toBe(sl.res * sl.res);
    expect(records[0].attack!.attacked).toBe(1);
    s.dispose();
  });
});
