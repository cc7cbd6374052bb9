import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImageSet } from '../datasets/mnist14';
import { predictClass } from '../model/classifier';
import { loadLabModels, type ModelFiles } from './imageExperimentModels';

const MODELS = join(__dirname, '..', '..', '..', 'models');
const disk: ModelFiles = {
  json: async (p) => JSON.parse(readFileSync(join(MODELS, p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(MODELS, p))),
};

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('loading the shipped image-lab models', () => {
  it('gives a plain-JS classifier (>= 97 % on 500 test digits) and AE stacks, leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    const m = await loadLabModels(disk, { dataset: 'mnist14', k: 8 });
    expect(tf.memory().numTensors).toBe(before);
    expect(m.maps.k).toBe(8);
    expect(m.autoencoderEntry.id).toBe('mnist14-ae-k8');
    const test = parseImageSet(readFileSync(join(MODELS, '..', 'public', 'data', 'mnist14-test.bin')));
    let ok = 0;
    for (let i = 0; i < 500; i++) if (predictClass(m.classifier.logits(test.images.subarray(i * 196, (i + 1) * 196))) === test.labels[i]) ok++;
    expect(ok / 500).toBeGreaterThanOrEqual(0.97);
  });

  it('a corrupt or missing file is a clear error naming the model', async () => {
    const truncated: ModelFiles = { ...disk, bytes: async (p) => new Uint8Array(await disk.bytes(p)).subarray(0, 100) };
    await expect(loadLabModels(truncated, { dataset: 'mnist14', k: 16 })).rejects.toThrow(/mnist14-mlp .*weights\.bin has 100 bytes/);
    const missing: ModelFiles = { ...disk, json: async (p) => (p.includes('ae-k16') ? Promise.reject(new Error('HTTP 404')) : disk.json(p)) };
    await expect(loadLabModels(missing, { dataset: 'mnist14', k: 16 })).rejects.toThrow(/mnist14-ae-k16 .*HTTP 404/);
    await expect(loadLabModels(disk, { dataset: 'mnist14', k: 12 })).rejects.toThrow(/"mnist14-ae-k12" is not in the manifest/);
  });
});
