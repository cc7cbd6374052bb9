/**
 * INTERIM ImageClassifierFactory until the dedicated one (core/model/image/) is merged: an MLP
 * snapshot becomes the plain-JS jsMlp classifier (exact, fast per point); a CNN snapshot runs
 * through one cached tfjs model per architecture with synchronous reads (cpu/wasm backends).
 */
import * as tf from '@tensorflow/tfjs';
import type { Classifier } from '../../core/model/classifier';
import { buildClassifier, logitsModel } from '../../core/model/imageModels';
import type { ImageClassifierFactory, ImageNetWeights } from '../../core/model/image/imageTrainer';
import { mlpClassifier } from '../../core/model/jsMlp';
import type { MlpWeights } from '../../core/model/mlpWeights';

/** Dense kernels [in, out] and biases of an MLP snapshot, in layer order. */
export function mlpWeightsOfSnapshot(w: ImageNetWeights): MlpWeights {
  if (w.config.kind !== 'mlp') throw new Error('mlpWeightsOfSnapshot: not an MLP snapshot');
  const layers = [];
  for (let i = 0; i + 1 < w.tensors.length; i += 2) {
    const W = w.tensors[i], b = w.tensors[i + 1];
    if (W.shape.length !== 2 || b.shape.length !== 1 || W.shape[1] !== b.shape[0]) throw new Error(`mlpWeightsOfSnapshot: ${W.name} / ${b.name} are not a dense kernel and bias`);
    layers.push({ inDim: W.shape[0], outDim: W.shape[1], W: W.values, b: b.values });
  }
  return { layers, activation: 'relu' };
}

let cached: { key: string; model: tf.LayersModel; logits: tf.LayersModel } | null = null;

function cnnClassifier(w: ImageNetWeights): Classifier {
  const key = JSON.stringify(w.config);
  if (!cached || cached.key !== key) {
    cached?.model.dispose();
    const model = buildClassifier(w.config);
    cached = { key, model, logits: logitsModel(model) };
  }
  const { model, logits: net } = cached;
  tf.tidy(() => model.setWeights(w.tensors.map((t) => tf.tensor(t.values, t.shape as number[]))));
  const n = w.config.kind === 'cnn' ? w.config.side ** 2 : 0;
  const numClasses = w.config.numClasses;
  const forward = (x: tf.Tensor) => net.apply(x) as tf.Tensor2D;
  return {
    inputDim: n, numClasses, outputs: numClasses,
    logits: (x) => Float64Array.from(tf.tidy(() => forward(tf.tensor2d(Float32Array.from(x), [1, n]))).dataSync()),
    inputGradient(x, cot) {
      const g = tf.tidy(() => {
        const c = tf.tensor2d(Float32Array.from(cot), [1, numClasses]);
        return tf.grad((xi: tf.Tensor) => tf.sum(tf.mul(forward(xi), c)))(tf.tensor2d(Float32Array.from(x), [1, n]));
      });
      const out = Float64Array.from(g.dataSync());
      g.dispose();
      return out;
    },
  };
}

export const interimClassifierFactory: ImageClassifierFactory = (w) =>
  w.config.kind === 'mlp' ? mlpClassifier(mlpWeightsOfSnapshot(w), w.config.numClasses) : cnnClassifier(w);
