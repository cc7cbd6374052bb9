import { describe, expect, it } from 'vitest';
import { makeDataset } from '../datasets';
import * as tf from '@tensorflow/tfjs';
import { JsTrainer } from './jsTrainer';
import { TfTrainer } from './tfTrainer';
import { PAPER_RECIPE, type TrainConfig } from './trainConfig';

function checkerboard(): { points: Float32Array; labels: Int32Array } {
  return makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
}

async function bothAfter(config: TrainConfig, points: Float32Array, labels: Int32Array, dim: number, classes: number, epochs: number) {
  await tf.setBackend('cpu');
  const js = new JsTrainer(points, labels, dim, classes, config);
  const tfj = new TfTrainer(points, labels, dim, classes, config);
  const a = await js.train(epochs);
  const b = await tfj.train(epochs);
  const wa = await js.exportWeights();
  const wb = await tfj.exportWeights();
  tfj.dispose();
  return { a, b, wa, wb };
}

describe('JsTrainer matches TfTrainer (same init, same maths)', () => {
  it('paper recipe: Adam, BCE, full batch', async () => {
    const { points, labels } = checkerboard();
    const { a, b, wa, wb } = await bothAfter({ ...PAPER_RECIPE, seed: 3 }, points, labels, 3, 2, 20);
    expect(a.loss).toBeCloseTo(b.loss, 4);
    expect(a.minMargin).toBeCloseTo(b.minMargin, 3);
    let maxDiff = 0;
    wa.layers.forEach((l, i) => l.W.forEach((v, k) => (maxDiff = Math.max(maxDiff, Math.abs(v - wb.layers[i].W[k])))));
    expect(maxDiff).toBeLessThan(1e-3);
  });

  it('SGD with weight decay, tanh, two hidden layers, softmax CE', async () => {
    const points = Float32Array.from([0, 0, 1, 0, 0, 1, 1, 1, 0.5, 0.5, 0.2, 0.8]);
    const labels = Int32Array.from([0, 1, 2, 1, 0, 2]);
    const config: TrainConfig = {
      ...PAPER_RECIPE,
      hidden: [16, 8],
      activation: 'tanh',
      optimizer: 'sgd',
      learningRate: 0.1,
      weightDecay: 0.01,
    };
    const { a, b } = await bothAfter(config, points, labels, 2, 3, 15);
    expect(a.loss).toBeCloseTo(b.loss, 4);
    expect(a.accuracy).toBe(b.accuracy);
  });

  it('trains the paper checkerboard to the stop margin and restores checkpoints', async () => {
    const { points, labels } = checkerboard();
    const t = new JsTrainer(points, labels, 3, 2, PAPER_RECIPE);
    let s = await t.stats();
    while (s.minMargin <= 0.01 && t.epoch < 1000) s = await t.train(10);
    expect(s.accuracy).toBe(1);
    const w = await t.exportWeights();
    await t.train(5);
    t.loadWeights(w, 100);
    expect(t.epoch).toBe(100);
    expect((await t.exportWeights()).layers[1].W).toEqual(w.layers[1].W);
  });

  it('mini-batches are reproducible from the seed', async () => {
    const { points, labels } = checkerboard();
    const c = { ...PAPER_RECIPE, batchSize: 8, seed: 5 };
    const s1 = await new JsTrainer(points, labels, 3, 2, c).train(7);
    const s2 = await new JsTrainer(points, labels, 3, 2, c).train(7);
    expect(s1.loss).toBe(s2.loss);
  });
});
