import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../rng';
import { predictClass } from './classifier';
import { importClassifier } from './importedModel';
import { artifactsFromFiles, type PickedFile } from './importedModelFiles';
import { modelToFiles } from './imageModelsIO';

const WANT = { n: 196, side: 14, numClasses: 10 };

async function filesOf(model: tf.LayersModel): Promise<PickedFile[]> {
  const { modelJson, weights } = await modelToFiles(model);
  model.dispose();
  return [
    { name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(modelJson)) },
    { name: 'weights.bin', bytes: weights },
  ];
}

const init = (seed: number) => tf.initializers.glorotUniform({ seed });

/** 196 -> 16 relu -> 10, optionally followed by a softmax layer or with a softmax on the last Dense. */
function mlp(end: 'logits' | 'softmax-layer' | 'softmax-activation', inputDim = 196, outputs = 10): tf.Sequential {
  const m = tf.sequential({ name: 'user_mlp' });
  m.add(
    tf.layers.dense({
      units: 16,
      activation: 'relu',
      inputShape: [inputDim],
      kernelInitializer: init(1),
      biasInitializer: tf.initializers.randomUniform({ minval: -0.1, maxval: 0.1, seed: 5 }),
    }),
  );
  m.add(tf.layers.dense({ units: outputs, activation: end === 'softmax-activation' ? 'softmax' : 'linear', kernelInitializer: init(2) }));
  if (end === 'softmax-layer') m.add(tf.layers.softmax());
  return m;
}

function cnn(): tf.Sequential {
  const m = tf.sequential({ name: 'user_cnn' });
  m.add(tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'tanh', inputShape: [14, 14, 1], kernelInitializer: init(3) }));
  m.add(tf.layers.averagePooling2d({ poolSize: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 10, kernelInitializer: init(4) }));
  return m;
}

const image = (seed: number) => {
  const r = createRng(seed);
  return Float64Array.from({ length: 196 }, () => r.next());
};

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('importClassifier errors', () => {
  it('a model with the wrong input size says what it takes and what the images are', async () => {
    const a = await artifactsFromFiles(await filesOf(mlp('logits', 100)));
    const before = tf.memory().numTensors;
    await expect(importClassifier(a, WANT)).rejects.toThrow(
      "the model takes [null, 100] = 100 values per image, but the lab's images are 14×14 = 196 pixels",
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a NaN weight is named with its position', async () => {
    const files = await filesOf(mlp('logits'));
    const w = new Float32Array(files[1].bytes.slice().buffer);
    w[7] = NaN;
    const a = await artifactsFromFiles([files[0], { name: 'weights.bin', bytes: new Uint8Array(w.buffer) }]);
    const before = tf.memory().numTensors;
    await expect(importClassifier(a, WANT)).rejects.toThrow(
      /^weight dense_Dense\d+\/kernel \[196, 16\] has 1 non-finite value \(NaN or ±Infinity; first at flat index 7\)/,
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a missing weights file is named', async () => {
    const files = await filesOf(mlp('logits'));
    await expect(artifactsFromFiles([files[0]])).rejects.toThrow(
      'the weights file weights.bin named in model.json was not chosen (chosen: model.json)',
    );
  });

  it('a truncated weights file gives both sizes', async () => {
    const files = await filesOf(mlp('logits'));
    // 4 bytes x (196·16 + 16 + 16·10 + 10) float32 weights = 13288
    await expect(artifactsFromFiles([files[0], { name: 'weights.bin', bytes: files[1].bytes.subarray(0, 100) }])).rejects.toThrow(
      'weights.bin: 100 bytes, but model.json describes 13288 (truncated',
    );
  });

  it('an output of the wrong size says the class count', async () => {
    const a = await artifactsFromFiles(await filesOf(mlp('logits', 196, 7)));
    const before = tf.memory().numTensors;
    await expect(importClassifier(a, WANT)).rejects.toThrow('the model outputs [null, 7] per batch, but the data set has 10 classes');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('no model.json, or a file that is not one, is a clear error', async () => {
    await expect(artifactsFromFiles([{ name: 'weights.bin', bytes: new Uint8Array(4) }])).rejects.toThrow(
      'no model.json among the chosen files',
    );
    await expect(artifactsFromFiles([{ name: 'model.json', bytes: new TextEncoder().encode('{"a":1}') }])).rejects.toThrow(
      'is not a tfjs layers model.json',
    );
  });
});

describe('importClassifier on working models', () => {
  it.each(['softmax-layer', 'softmax-activation'] as const)(
    'a model ending in a softmax (%s) gives the logits of the same model without it',
    async (end) => {
      const plain = await importClassifier(await artifactsFromFiles(await filesOf(mlp('logits'))), WANT);
      const soft = await importClassifier(await artifactsFromFiles(await filesOf(mlp(end))), WANT);
      expect(plain.strippedSoftmax).toBeNull();
      expect(soft.strippedSoftmax).toBe(end === 'softmax-layer' ? 'layer' : 'activation');
      for (const seed of [1, 2, 3, 4, 5]) {
        const x = image(seed);
        const a = plain.logits(x);
        const b = soft.logits(x);
        for (let j = 0; j < 10; j++) expect(b[j]).toBeCloseTo(a[j], 5);
        const rank = (z: Float64Array) => Array.from(z.keys()).sort((i, j) => z[j] - z[i]);
        expect(rank(b)).toEqual(rank(a));
        expect(predictClass(b)).toBe(predictClass(a));
        expect(b.reduce((s, v) => s + v, 0)).not.toBeCloseTo(1, 2);
      }
      plain.dispose();
      soft.dispose();
    },
  );

  it('a CNN on [14, 14, 1]: input gradients match central differences, no tensors leak', async () => {
    const clf = await importClassifier(await artifactsFromFiles(await filesOf(cnn())), WANT);
    expect(clf.inputShape).toEqual([14, 14, 1]);
    expect(clf.architecture).toBe('Conv2D, AveragePooling2D, Flatten, Dense');
    const before = tf.memory().numTensors;
    const x = image(9);
    const cot = Float64Array.from({ length: 10 }, (_, j) => (j === 3 ? 1 : j === 5 ? -1 : 0));
    const g = clf.inputGradient(x, cot);
    const h = 1e-2;
    for (const i of [0, 30, 97, 150, 195]) {
      const xp = Float64Array.from(x),
        xm = Float64Array.from(x);
      xp[i] += h;
      xm[i] -= h;
      const f = (v: Float64Array) => {
        const z = clf.logits(v);
        return z[3] - z[5];
      };
      expect(g[i]).toBeCloseTo((f(xp) - f(xm)) / (2 * h), 3);
    }
    const batch = new Float32Array(3 * 196);
    for (let k = 0; k < 3; k++) batch.set(image(20 + k), k * 196);
    const bl = clf.batchLogits(batch, 3);
    const one = clf.logits(image(21));
    for (let j = 0; j < 10; j++) expect(bl[10 + j]).toBeCloseTo(one[j], 5);
    expect(tf.memory().numTensors).toBe(before);
    clf.dispose();
  });

  it('the content hash changes with any weight and names the model', async () => {
    const files = await filesOf(mlp('logits'));
    const a = await artifactsFromFiles(files);
    const w = files[1].bytes.slice();
    w[0] ^= 1;
    const b = await artifactsFromFiles([files[0], { name: 'weights.bin', bytes: w }]);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).not.toBe(a.sha256);
    expect(a.name).toBe('user_mlp');
  });
});
