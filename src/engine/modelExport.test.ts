import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { exportLayersModel } from './modelExport';
import { initMlpWeights } from '../core/model/initWeights';
import { mlpClassifier } from '../core/model/jsMlp';

describe('model export (tfjs layers format)', () => {
  it('reloads with tf.loadLayersModel and predicts the same logits, without leaking tensors', async () => {
    await tf.setBackend('cpu');
    const w = initMlpWeights(3, [16, 8], 1, 'tanh', 1, 4);
    const before = tf.memory().numTensors;
    const { modelJson, weights } = await exportLayersModel(w);
    expect(tf.memory().numTensors).toBe(before);
    const json = JSON.parse(modelJson);
    expect(json.format).toBe('layers-model');
    const model = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: weights }),
    );
    const x = [0.2, 0.7, 0.4];
    const out = tf.tidy(() => (model.predict(tf.tensor2d([x])) as tf.Tensor).dataSync()[0]);
    expect(out).toBeCloseTo(mlpClassifier(w).logits(x)[0], 5);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
