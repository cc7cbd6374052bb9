import { describe, expect, it, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseImageSet, type ImageSet } from '../../datasets/mnist14';
import { buildClassifier, DEFAULT_CNN, DEFAULT_MLP, logitsModel, type ClassifierConfig } from '../imageModels';
import { createImageTrainer, TfImageTrainer } from './tfImageTrainer';
import { layersModelFromSnapshot } from './snapshotModel';
import { lossAndGradient } from './tfImageNet';
import { weightLayout } from './imageWeightLayout';
import { epochBatches, gatherBatch } from './imageBatches';
import type { ImageTrainOptions } from './imageTrainer';

const ROOT = join(__dirname, '..', '..', '..', '..');
const ADAM: ImageTrainOptions = { optimizer: 'adam', learningRate: 2e-3, batchSize: 64, initScale: 1, weightDecay: 0, seed: 3 };
let train: ImageSet;

beforeAll(async () => {
  setWasmPaths(join(ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + '/');
  train = parseImageSet(readFileSync(join(ROOT, 'public', 'data', 'mnist14-train.bin')));
});

const subset = (count: number) =>
  gatherBatch(
    train,
    Array.from({ length: count }, (_, i) => i),
  );
/** Reference: the tfjs layers model built from a trainer snapshot, loss and gradients by tf.grad on cpu. */
async function reference(
  cfg: ClassifierConfig,
  tensors: { values: Float32Array; shape: readonly number[] }[],
  x: Float32Array,
  y: Int32Array,
) {
  await tf.setBackend('cpu');
  return tf.tidy(() => {
    const model = layersModelFromSnapshot({
      config: cfg,
      tensors: tensors.map((t, i) => ({ name: `w${i}`, shape: t.shape, values: t.values })),
    });
    const lm = logitsModel(model);
    const xs = tf.tensor2d(x, [y.length, x.length / y.length]);
    const ys = tf.oneHot(tf.tensor1d(y, 'int32'), cfg.numClasses);
    const logits = lm.predict(xs) as tf.Tensor2D;
    const { grads } = tf.variableGrads(
      () => tf.losses.softmaxCrossEntropy(ys, lm.predict(xs) as tf.Tensor2D) as tf.Scalar,
      model.trainableWeights.map((w) => w.read() as tf.Variable),
    );
    const g = model.trainableWeights.map((w) => Array.from(grads[(w.read() as tf.Variable).name].dataSync()));
    const out = { logits: Array.from(logits.dataSync()), grads: g, names: model.trainableWeights.map((w) => w.originalName) };
    model.dispose();
    return out;
  });
}

describe.each([
  ['MLP', DEFAULT_MLP],
  ['CNN', DEFAULT_CNN],
] as const)('tfjs image trainer, %s', (_, cfg) => {
  it.each(['wasm', 'cpu'] as const)(
    '%s: logits and hand-written gradients equal the exported tfjs layers model and tf.grad on cpu',
    async (backend) => {
      const { images, labels } = subset(6);
      const t = await createImageTrainer(cfg, ADAM, backend);
      const w = await t.getWeights();
      const logits = await t.logits(images, 6);
      const grad = tf.tidy(() => {
        const views = w.tensors.map((s) => tf.tensor(s.values, s.shape as number[]));
        return lossAndGradient(w.config, views, tf.tensor2d(images, [6, 196]), tf.oneHot(tf.tensor1d(labels, 'int32'), 10) as tf.Tensor2D)
          .grad.dataSync()
          .slice();
      });
      t.dispose();
      const ref = await reference(w.config, [...w.tensors], images, labels);
      expect(w.tensors.map((s) => s.shape)).toEqual(buildClassifierShapes(cfg));
      for (let i = 0; i < logits.length; i++) expect(logits[i]).toBeCloseTo(ref.logits[i], 4);
      const specs = weightLayout(w.config);
      specs.forEach((s, k) => {
        // Largest error relative to the tensor's largest gradient (one expect: 118k elements).
        let scale = 1e-6;
        let err = 0;
        for (let i = 0; i < s.size; i++) {
          scale = Math.max(scale, Math.abs(ref.grads[k][i]));
          err = Math.max(err, Math.abs(grad[s.offset + i] - ref.grads[k][i]));
        }
        expect(err / scale, s.name).toBeLessThan(2e-4);
      });
    },
  );
});

function buildClassifierShapes(cfg: ClassifierConfig): number[][] {
  return tf.tidy(() => {
    const m = buildClassifier(cfg);
    const s = m.getWeights().map((w) => w.shape);
    m.dispose();
    return s;
  });
}

describe('training', () => {
  it.each([
    ['MLP', DEFAULT_MLP, 24],
    ['CNN', DEFAULT_CNN, 40],
  ] as const)(
    '%s on wasm: loss on a 512-image subset falls within a fixed number of steps; tensor count unchanged over an epoch',
    async (_, cfg, steps) => {
      await tf.setBackend('wasm');
      const data = { ...subset(512), n: 196 };
      const t = await createImageTrainer(cfg, ADAM, 'wasm');
      const meanLoss = async () => {
        const z = await t.logits(data.images, 512);
        let s = 0;
        for (let i = 0; i < 512; i++) {
          const row = z.subarray(i * 10, i * 10 + 10);
          const m = Math.max(...row);
          s += m + Math.log(row.reduce((a, v) => a + Math.exp(v - m), 0)) - row[data.labels[i]];
        }
        return s / 512;
      };
      const before = await meanLoss();
      const first = gatherBatch(data, epochBatches(512, 64, 99, 0)[0]);
      await t.step(first.images, first.labels); // creates the Adam moments
      const tensors = tf.memory().numTensors;
      let step = 1;
      for (let epoch = 0; step < steps; epoch++) {
        for (const idx of epochBatches(512, 64, ADAM.seed, epoch)) {
          const b = gatherBatch(data, idx);
          expect(Number.isFinite(await t.step(b.images, b.labels))).toBe(true);
          if (++step === steps) break;
        }
        if (epoch === 0) expect(tf.memory().numTensors).toBe(tensors);
      }
      const after = await meanLoss();
      expect(tf.memory().numTensors).toBe(tensors);
      t.dispose();
      expect(before).toBeGreaterThan(2);
      expect(after).toBeLessThan(before * 0.5);
    },
  );

  it.each([
    ['adam', DEFAULT_CNN],
    ['sgd', DEFAULT_CNN],
    ['adam', DEFAULT_MLP],
  ] as const)('%s, %o: the wasm/cpu path (JS loss and optimiser) equals the all-tensor GPU path', async (optimizer, cfg) => {
    await tf.setBackend('cpu');
    const tensors = tf.memory().numTensors;
    const opts = { ...ADAM, optimizer, weightDecay: 1e-2, learningRate: 0.01 };
    const host = new TfImageTrainer(cfg, opts);
    const device = new TfImageTrainer(cfg, opts, true);
    for (let s = 0; s < 2; s++) {
      const { images, labels } = gatherBatch(
        { ...subset(16), n: 196 },
        Array.from({ length: 8 }, (_, i) => s * 8 + i),
      );
      expect(await host.step(images, labels)).toBeCloseTo(await device.step(images, labels), 5);
    }
    const [a, b] = [await host.getWeights(), await device.getWeights()];
    a.tensors.forEach((t, k) =>
      expect(
        t.values.reduce((m, v, i) => Math.max(m, Math.abs(v - b.tensors[k].values[i])), 0),
        t.name,
      ).toBeLessThan(1e-5),
    );
    host.dispose();
    device.dispose();
    expect(tf.memory().numTensors).toBe(tensors);
  });

  it('is seeded, round-trips weights, and rejects bad input with a clear message', async () => {
    const a = await createImageTrainer(DEFAULT_CNN, { ...ADAM, optimizer: 'sgd', weightDecay: 1e-3, initScale: 0.5 }, 'wasm');
    const b = await createImageTrainer(DEFAULT_CNN, { ...ADAM, optimizer: 'sgd', weightDecay: 1e-3, initScale: 0.5 }, 'wasm');
    const { images, labels } = subset(8);
    expect(await a.step(images, labels)).toBe(await b.step(images, labels));
    const wa = await a.getWeights();
    expect((await b.getWeights()).tensors).toEqual(wa.tensors);
    await b.step(images, labels);
    await b.setWeights(wa);
    expect(await b.logits(images, 8)).toEqual(await a.logits(images, 8));
    await expect(a.step(images, labels.subarray(0, 4))).rejects.toThrow(/pixels for 4 images/);
    await expect(
      a.step(
        images,
        Int32Array.from(labels, () => 12),
      ),
    ).rejects.toThrow(/label 12/);
    await expect(b.setWeights({ ...wa, tensors: wa.tensors.slice(1) })).rejects.toThrow(/expected 8 tensors/);
    a.dispose();
    b.dispose();
  });
});
