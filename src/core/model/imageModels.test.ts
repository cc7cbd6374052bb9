import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImageSet, parseImageSetManifest, type ImageSet } from '../datasets/mnist14';
import { mlpClassifier } from './jsMlp';
import {
  autoencoderConfig,
  buildAutoencoder,
  buildClassifier,
  DEFAULT_CNN,
  DEFAULT_MLP,
  logitsModel,
  mlpWeightsFromModel,
  splitAutoencoder,
} from './imageModels';
import { modelFromFiles, modelToFiles } from './imageModelsIO';
import { parseModelManifest, type ModelEntry } from './imageModelsManifest';
import { evaluateClassifier, fitImageModel, randomAffine, reconstructionMse } from './imageModelsTrain';
import { createRng } from '../rng';

const ROOT = join(__dirname, '..', '..', '..');
const MODELS = join(ROOT, 'models');

// The wasm backend (as in training) evaluates the shipped models ~5x faster than cpu.
beforeAll(async () => {
  setWasmPaths(join(ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + '/');
  if (!(await tf.setBackend('wasm'))) await tf.setBackend('cpu');
});

function loadShipped(entry: ModelEntry): Promise<tf.LayersModel> {
  const dir = join(MODELS, entry.path, '..');
  return modelFromFiles(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')), new Uint8Array(readFileSync(join(dir, 'weights.bin'))));
}

function loadTestSplit(dataset: string): { set: ImageSet; sha256: string } {
  const m = parseImageSetManifest(JSON.parse(readFileSync(join(ROOT, 'public', 'data', `${dataset}.json`), 'utf8')));
  const file = readFileSync(join(ROOT, 'public', 'data', m.splits.test.file));
  return { set: parseImageSet(m.splits.test.encoding === 'gzip' ? gunzipSync(file) : file), sha256: m.splits.test.sha256 };
}

/** A shipped model and the test split of its data set, which must be the split its manifest metrics were measured on. */
async function shippedWithTestSplit(entry: ModelEntry): Promise<{ set: ImageSet; model: tf.LayersModel }> {
  const { set, sha256 } = loadTestSplit(entry.dataset);
  expect(entry.data.test.sha256).toBe(sha256);
  return { set, model: await loadShipped(entry) };
}

const randomImages = (count: number, seed: number) => {
  const rng = createRng(seed);
  return Float32Array.from({ length: count * 196 }, () => rng.next());
};

describe('image model builders', () => {
  it('MLP 196-256-256-10 with a linear logits layer and softmax output', () => {
    const m = buildClassifier(DEFAULT_MLP);
    expect(m.countParams()).toBe(196 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10);
    const before = tf.memory().numTensors;
    const lm = logitsModel(m);
    const maxDiff = tf.tidy(() => {
      const x = tf.tensor2d(randomImages(3, 1), [3, 196]);
      const probs = m.predict(x) as tf.Tensor;
      expect(probs.shape).toEqual([3, 10]);
      return tf
        .sub(tf.softmax(lm.predict(x) as tf.Tensor), probs)
        .abs()
        .max()
        .dataSync()[0];
    });
    expect(maxDiff).toBeLessThan(1e-6);
    expect(tf.memory().numTensors).toBe(before);
    m.dispose();
  });

  it('same seed, same initial weights', () => {
    const a = buildClassifier(DEFAULT_MLP),
      b = buildClassifier(DEFAULT_MLP);
    expect(Array.from(a.getWeights()[0].dataSync())).toEqual(Array.from(b.getWeights()[0].dataSync()));
    a.dispose();
    b.dispose();
  });

  it('CNN builds and maps 196 pixels to 10 probabilities', () => {
    const m = buildClassifier(DEFAULT_CNN);
    const y = tf.tidy(() => (m.predict(tf.tensor2d(randomImages(2, 2), [2, 196])) as tf.Tensor).sum(-1).dataSync());
    expect(y[0]).toBeCloseTo(1, 5);
    m.dispose();
  });

  it('autoencoder splits into E and D with D(E(x)) = AE(x) and a smooth decoder', () => {
    const ae = buildAutoencoder(autoencoderConfig(8));
    const { encoder, decoder, k } = splitAutoencoder(ae);
    expect(k).toBe(8);
    for (const l of decoder.layers.slice(1)) expect(['softplus', 'elu', 'tanh', 'sigmoid']).toContain(l.getConfig().activation);
    const diff = tf.tidy(() => {
      const x = tf.tensor2d(randomImages(4, 3), [4, 196]);
      const z = encoder.predict(x) as tf.Tensor;
      expect(z.shape).toEqual([4, 8]);
      return tf
        .sub(decoder.predict(z) as tf.Tensor, ae.predict(x) as tf.Tensor)
        .abs()
        .max()
        .dataSync()[0];
    });
    expect(diff).toBeLessThan(1e-6);
    ae.dispose();
  });

  it('save/load round trip through model.json + weights.bin keeps predictions; bad sizes are caught', async () => {
    const m = buildClassifier(DEFAULT_MLP);
    const { modelJson, weights } = await modelToFiles(m);
    const back = await modelFromFiles(JSON.parse(JSON.stringify(modelJson)), weights);
    const d = tf.tidy(() => {
      const x = tf.tensor2d(randomImages(5, 4), [5, 196]);
      return tf
        .sub(m.predict(x) as tf.Tensor, back.predict(x) as tf.Tensor)
        .abs()
        .max()
        .dataSync()[0];
    });
    expect(d).toBe(0);
    await expect(modelFromFiles(modelJson, weights.subarray(4))).rejects.toThrow(/weights.bin/);
    await expect(modelFromFiles({}, weights)).rejects.toThrow(/model.json/);
    m.dispose();
    back.dispose();
  });

  it('seeded training is reproducible and does not leak tensors', async () => {
    const images = randomImages(96, 5);
    const labels = Int32Array.from({ length: 96 }, (_, i) => i % 10);
    const data = { images, labels, count: 96, n: 196, numClasses: 10 };
    const run = async () => {
      const m = buildClassifier({ ...DEFAULT_MLP, hidden: [16] });
      const before = tf.memory().numTensors;
      const opts = {
        epochs: 2,
        batchSize: 32,
        learningRate: 1e-2,
        seed: 3,
        augment: randomAffine(14, { maxShift: 1, maxRotateDeg: 10, maxScale: 0.1 }),
      };
      const losses = await fitImageModel(m, data, 'classify', opts);
      evaluateClassifier(m, data);
      expect(tf.memory().numTensors).toBe(before);
      m.dispose();
      return losses;
    };
    expect(await run()).toEqual(await run());
  });
});

const manifestPath = join(MODELS, 'manifest.json');
describe.skipIf(!existsSync(manifestPath))('shipped models (models/manifest.json)', () => {
  const manifest = existsSync(manifestPath)
    ? parseModelManifest(JSON.parse(readFileSync(manifestPath, 'utf8')))
    : { version: 1, models: [] };
  const byId = (id: string) => manifest.models.find((m) => m.id === id);
  const ofKind = (kind: ModelEntry['kind']) => manifest.models.filter((m) => m.kind === kind).map((m) => [m.id, m] as const);

  it.each(['mnist14', 'mnist28'])('has the %s classifier and autoencoders k = 8, 16, 32 at its input size', (dataset) => {
    const n = dataset === 'mnist28' ? 784 : 196;
    for (const suffix of ['mlp', 'ae-k8', 'ae-k16', 'ae-k32']) {
      const entry = byId(`${dataset}-${suffix}`);
      expect(entry, `${dataset}-${suffix}`).toBeDefined();
      expect(entry!.inputShape).toEqual([null, n]);
    }
  });

  it.each(ofKind('classifier'))('%s: test accuracy matches the manifest (MNIST-14: at least 0.97)', async (_id, entry) => {
    const { set, model } = await shippedWithTestSplit(entry);
    const before = tf.memory().numTensors;
    const { accuracy } = evaluateClassifier(model, set);
    expect(tf.memory().numTensors).toBe(before);
    expect(Math.abs(accuracy - entry.metrics.testAccuracy!)).toBeLessThanOrEqual(0.002);
    if (entry.dataset === 'mnist14') expect(accuracy).toBeGreaterThanOrEqual(0.97);
    // The plain-JS snapshot the attacks use gives the same predictions as tfjs.
    const js = mlpClassifier(mlpWeightsFromModel(model), 10);
    const logits = logitsModel(model);
    const tfLogits = tf.tidy(() => (logits.predict(tf.tensor2d(set.images.subarray(0, set.n), [1, set.n])) as tf.Tensor).dataSync());
    const jsLogits = js.logits(set.images.subarray(0, set.n));
    for (let j = 0; j < 10; j++) expect(jsLogits[j]).toBeCloseTo(tfLogits[j], 3);
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });

  it.each(ofKind('autoencoder'))('%s: test reconstruction MSE matches the manifest', async (_id, entry) => {
    const { set, model } = await shippedWithTestSplit(entry);
    const { k } = splitAutoencoder(model);
    expect(k).toBe(entry.latentK);
    const before = tf.memory().numTensors;
    const mse = reconstructionMse(model, set);
    expect(tf.memory().numTensors).toBe(before);
    expect(Math.abs(mse - entry.metrics.testMse!) / entry.metrics.testMse!).toBeLessThan(1e-3);
    model.dispose();
  });
});
