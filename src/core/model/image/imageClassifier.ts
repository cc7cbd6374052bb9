/**
 * ImageClassifierFactory (imageTrainer.ts): a frozen snapshot as the synchronous Classifier the
 * attacks and metrics use. The MLP goes through the existing plain-JS MLP (jsMlp.ts); the CNN
 * through jsCnnClassifier.ts.
 */
import type { Classifier } from '../classifier';
import { mlpClassifier } from '../jsMlp';
import type { MlpWeights } from '../mlpWeights';
import { cnnClassifier } from './jsCnnClassifier';
import type { ImageClassifierFactory, ImageNetWeights } from './imageTrainer';
import { weightLayout } from './imageWeightLayout';

/** An MLP snapshot as jsMlp weights (relu hidden layers, linear logits); throws on a shape mismatch. */
export function mlpWeightsFromSnapshot(w: ImageNetWeights): MlpWeights {
  if (w.config.kind !== 'mlp') throw new Error(`mlpWeightsFromSnapshot: expected an MLP snapshot, got ${w.config.kind}`);
  const specs = weightLayout(w.config);
  if (w.tensors.length !== specs.length) throw new Error(`mlpWeightsFromSnapshot: ${w.tensors.length} tensors, expected ${specs.length}`);
  const layers = [];
  for (let k = 0; k < specs.length; k += 2) {
    const [inDim, outDim] = specs[k].shape;
    const W = w.tensors[k].values;
    const b = w.tensors[k + 1].values;
    if (W.length !== inDim * outDim || b.length !== outDim)
      throw new Error(`mlpWeightsFromSnapshot: ${specs[k].name} should be [${inDim}, ${outDim}]`);
    layers.push({ inDim, outDim, W, b });
  }
  return { layers, activation: 'relu' };
}

export const imageClassifier: ImageClassifierFactory = (w: ImageNetWeights): Classifier => {
  if (w.config.kind === 'cnn') return cnnClassifier(w);
  const mlp = mlpClassifier(mlpWeightsFromSnapshot(w), w.config.numClasses, { frozen: true });
  const check = (x: ArrayLike<number>) => {
    if (x.length !== mlp.inputDim) throw new Error(`imageClassifier: image of ${x.length} pixels, expected ${mlp.inputDim}`);
  };
  return {
    ...mlp,
    logits: (x) => (check(x), mlp.logits(x)),
    inputGradient: (x, cot) => (check(x), mlp.inputGradient(x, cot)),
  };
};
