import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { makeDataset } from '../datasets';
import { JsTrainer } from './jsTrainer';
import { TfTrainer } from './tfTrainer';
import { PAPER_RECIPE } from './trainConfig';
import { marginRuleMet, type Trainer } from './trainer';

const plane = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });

/** Epoch at which the stop rule ends a run trained in chunks of `chunk` epochs. */
async function stopEpoch(t: Trainer, chunk: number, cap = 600): Promise<number> {
  let s = await t.stats();
  while (!marginRuleMet(s, PAPER_RECIPE.marginTarget) && t.epoch < cap) s = await t.train(chunk, PAPER_RECIPE.marginTarget);
  return t.epoch;
}

describe('the stop rule does not depend on the training chunk (the speed setting)', () => {
  it('plain-JS trainer: the same stop epoch for chunks of 1, 7, 20 and 100 epochs', async () => {
    const epochs = [];
    for (const chunk of [1, 7, 20, 100])
      epochs.push(await stopEpoch(new JsTrainer(plane.points, plane.labels, 3, 2, { ...PAPER_RECIPE, seed: 1 }), chunk));
    expect(epochs[0]).toBeLessThan(600);
    expect(new Set(epochs).size).toBe(1);
  });

  it('tfjs trainer (cpu): chunks of 1 and 20 stop at the same epoch, without leaking tensors', async () => {
    await tf.setBackend('cpu');
    const epochs = [];
    for (const chunk of [1, 20]) {
      const t = new TfTrainer(plane.points, plane.labels, 3, 2, { ...PAPER_RECIPE, seed: 1 });
      await t.train(1);
      const before = tf.memory().numTensors;
      epochs.push(await stopEpoch(t, chunk));
      expect(tf.memory().numTensors).toBe(before);
      t.dispose();
    }
    expect(epochs[0]).toBe(epochs[1]);
  }, 120_000);
});
