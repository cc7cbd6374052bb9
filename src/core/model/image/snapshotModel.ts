/**
 * A trainer snapshot as the tfjs layers model of `buildClassifier(w.config)` (softmax head
 * included), e.g. to export in tfjs layers format (model.save) or to reuse the lab's layers-model
 * code. The caller owns (disposes) the model. Throws on a tensor count or shape mismatch.
 */
import * as tf from '@tensorflow/tfjs';
import { buildClassifier } from '../imageModels';
import type { ImageNetWeights } from './imageTrainer';
import { fromNamedTensors, weightLayout } from './imageWeightLayout';

export function layersModelFromSnapshot(w: ImageNetWeights): tf.Sequential {
  fromNamedTensors(weightLayout(w.config), w); // validates names' order and shapes with a clear message
  const model = buildClassifier(w.config);
  tf.tidy(() => model.setWeights(w.tensors.map((t) => tf.tensor(t.values, t.shape as number[]))));
  return model;
}
