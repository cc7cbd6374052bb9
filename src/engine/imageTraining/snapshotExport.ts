/**
 * A weight snapshot in tfjs layers format (model.json + weights.bin), as tf.loadLayersModel
 * reads it: the lab's own classifier architecture (core/model/imageModels.ts, softmax last)
 * with the snapshot's tensors, which are in that model's getWeights() order.
 */
import { layersModelFromSnapshot } from '../../core/model/image/snapshotModel';
import type { ImageNetWeights } from '../../core/model/image/imageTrainer';
import { layersFiles } from '../modelExport';

export async function exportSnapshotLayers(w: ImageNetWeights): Promise<{ modelJson: string; weights: ArrayBuffer }> {
  return layersFiles(layersModelFromSnapshot(w));
}
