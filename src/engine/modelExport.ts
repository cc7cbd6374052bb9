import * as tf from '@tensorflow/tfjs';
import type { MlpWeights } from '../core/model/mlpWeights';
import { weightsProblem } from '../core/model/weightsJson';

/**
 * The current network in tfjs layers format (model.json + weights.bin), as `tf.loadLayersModel`
 * reads it: a Sequential of Dense layers with the trained kernels and biases.
 */
export async function exportLayersModel(w: MlpWeights): Promise<{ modelJson: string; weights: ArrayBuffer }> {
  const problem = weightsProblem(w.layers);
  if (problem) throw new Error(`the network cannot be exported: ${problem}`);
  const model = tf.sequential();
  w.layers.forEach((l, i) => {
    const last = i === w.layers.length - 1;
    model.add(
      tf.layers.dense({
        units: l.outDim,
        inputShape: i === 0 ? [l.inDim] : undefined,
        activation: last ? 'linear' : w.activation,
        name: last ? 'logits' : `dense_${i}`,
      }),
    );
  });
  const tensors = w.layers.flatMap((l) => [tf.tensor2d(l.W, [l.inDim, l.outDim]), tf.tensor1d(l.b)]);
  model.setWeights(tensors);
  tf.dispose(tensors);
  return layersFiles(model);
}

/**
 * A built tfjs layers model as the files `tf.loadLayersModel` reads (model.json naming
 * weights.bin, and weights.bin). Takes the model over: it is disposed, saved or not.
 */
export async function layersFiles(model: tf.LayersModel): Promise<{ modelJson: string; weights: ArrayBuffer }> {
  let out: { modelJson: string; weights: ArrayBuffer } | null = null;
  try {
    await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        const manifest = {
          format: 'layers-model',
          generatedBy: 'Dimpled Manifold Lab',
          modelTopology: artifacts.modelTopology,
          weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
        };
        out = { modelJson: JSON.stringify(manifest), weights: artifacts.weightData as ArrayBuffer };
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
  } finally {
    model.dispose();
  }
  if (!out) throw new Error('the model could not be serialised');
  return out;
}
