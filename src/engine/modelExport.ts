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
  let out: { modelJson: string; weights: ArrayBuffer } | null = null;
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
  model.dispose();
  if (!out) throw new Error('the model could not be serialised');
  return out;
}
