import { describe, expect, it } from 'vitest';
import { makeDataset } from '../datasets';
import * as tf from '@tensorflow/tfjs';
import { TfTrainer } from './tfTrainer';
import { PAPER_RECIPE } from './trainConfig';
import { mlpClassifier } from './jsMlp';
import { margin } from './classifier';

function checkerboard(): { points: Float32Array; labels: Int32Array } {
  return makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
}

describe('TfTrainer', () => {
  it('trains the paper checkerboard to 100% with no tensor leak, matching the JS forward pass', async () => {
    await tf.setBackend('cpu');
    const { points, labels } = checkerboard();
    const before = tf.memory().numTensors;
    const t = new TfTrainer(points, labels, 3, 2, { ...PAPER_RECIPE, seed: 1 });
    const afterInit = tf.memory().numTensors;
    let stats = await t.readStats(t.trainEpochs(1));
    // Optimizer slots are created on the first step; after that the count must stay flat.
    const afterFirst = tf.memory().numTensors;
    while (stats.minMargin <= 0.01 && t.epoch < 800) stats = await t.readStats(t.trainEpochs(10));
    expect(tf.memory().numTensors).toBe(afterFirst);
    expect(afterInit).toBeGreaterThan(before);
    expect(stats.accuracy).toBe(1);
    expect(stats.minMargin).toBeGreaterThan(0.01);
    const w = await t.exportWeights();
    const clf = mlpClassifier(w);
    for (let i = 0; i < labels.length; i++) {
      expect(margin(clf.logits(points.subarray(3 * i, 3 * i + 3)), labels[i])).toBeGreaterThan(0.009);
    }
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is reproducible from the seed and restores checkpoints', async () => {
    await tf.setBackend('cpu');
    const { points, labels } = checkerboard();
    const a = new TfTrainer(points, labels, 3, 2, { ...PAPER_RECIPE, seed: 7 });
    const b = new TfTrainer(points, labels, 3, 2, { ...PAPER_RECIPE, seed: 7 });
    const sa = await a.readStats(a.trainEpochs(5));
    const sb = await b.readStats(b.trainEpochs(5));
    expect(sa.loss).toBe(sb.loss);
    const w5 = await a.exportWeights();
    await a.readStats(a.trainEpochs(5));
    a.loadWeights(w5, 5);
    expect((await a.exportWeights()).layers[0].W).toEqual(w5.layers[0].W);
    expect(a.epoch).toBe(5);
    a.dispose();
    b.dispose();
  });

  it('supports softmax CE for more classes and mini-batches', async () => {
    await tf.setBackend('cpu');
    const points = Float32Array.from([0, 0, 1, 0, 0, 1, 1, 1, 0.5, 0.5, 0.2, 0.8]);
    const labels = Int32Array.from([0, 1, 2, 1, 0, 2]);
    const t = new TfTrainer(points, labels, 2, 3, { ...PAPER_RECIPE, hidden: [32, 32], batchSize: 2, learningRate: 0.02 });
    expect(t.outputs).toBe(3);
    let s = await t.readStats(t.trainEpochs(1));
    const first = s.loss;
    s = await t.readStats(t.trainEpochs(150));
    expect(s.loss).toBeLessThan(first);
    expect(s.accuracy).toBe(1);
    t.dispose();
  });
});
