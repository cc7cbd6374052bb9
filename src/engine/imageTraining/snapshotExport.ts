/**
 * A weight snapshot in tfjs layers format (model.json + weights.bin), as tf.loadLayersModel
 * reads it: the lab's own classifier architecture (core/model/imageModels.ts, softmax last)
 * with the snapshot's tensors, which are in that model's getWeights() order.
 */
import * as tf from '@tensorflow/tfjs';
import { layersModelFromSnapshot } from '../../core/model/image/snapshotModel';
import type { ImageNetWeights } from '../../core/model/image/imageTrainer';

export async function exportSnapshotLayers(w: ImageNetWeights): Promise<{ modelJson: string; weights: ArrayBuffer }> {
  const model = layersModelFromSnapshot(w);
  try {
    let out: { modelJson: string; weights: ArrayBuffer } | null = null;
    await model.save(
      tf.io.withSaveHandler(async (a) => {
        const json = {
          format: 'layers-model',
          generatedBy: 'Dimpled Manifold Lab',
          modelTopology: a.modelTopology,
          weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
        };
        out = { modelJson: JSON.stringify(json), weights: a.weightData as ArrayBuffer };
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    if (!out) throw new Error('the model could not be serialised');
    return out;
  } finally {
    model.dispose();
  }
}
