/**
 * Standard tfjs layers-format files (model.json + weights.bin) to and from memory, without
 * tfjs-node: the training script writes the bytes with fs, tests read them with fs, and the
 * browser can still use tf.loadLayersModel(url) on the same files.
 */
import * as tf from '@tensorflow/tfjs';

export const WEIGHTS_FILE = 'weights.bin';

/** The model.json document of the tfjs layers format. */
export interface LayersModelJson {
  modelTopology: object;
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  trainingConfig?: object;
}

function joinWeights(data: tf.io.WeightData | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array(0);
  return new Uint8Array(Array.isArray(data) ? tf.io.concatenateArrayBuffers(data) : data);
}

/** Serialises a model to model.json (as an object) and the bytes of weights.bin. */
export async function modelToFiles(model: tf.LayersModel): Promise<{ modelJson: LayersModelJson; weights: Uint8Array }> {
  let out: { modelJson: LayersModelJson; weights: Uint8Array } | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      out = {
        modelJson: {
          modelTopology: a.modelTopology as object,
          format: 'layers-model',
          generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
          convertedBy: null,
          weightsManifest: [{ paths: [WEIGHTS_FILE], weights: a.weightSpecs ?? [] }],
          ...(a.trainingConfig ? { trainingConfig: a.trainingConfig } : {}),
        },
        weights: joinWeights(a.weightData),
      };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(a) };
    }),
  );
  if (!out) throw new Error('modelToFiles: save handler was not called');
  return out;
}

/** Rebuilds a model from the contents of model.json and weights.bin (a single shard). */
export async function modelFromFiles(modelJson: unknown, weights: ArrayBuffer | Uint8Array): Promise<tf.LayersModel> {
  const j = modelJson as Partial<LayersModelJson>;
  if (!j || typeof j !== 'object' || !j.modelTopology || !Array.isArray(j.weightsManifest)) {
    throw new Error('modelFromFiles: not a tfjs layers model.json (modelTopology / weightsManifest missing)');
  }
  const weightSpecs = j.weightsManifest.flatMap((g) => g.weights);
  const expected = weightSpecs.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
  const bytes = weights instanceof Uint8Array ? weights : new Uint8Array(weights);
  if (bytes.byteLength !== expected) {
    throw new Error(`modelFromFiles: weights.bin has ${bytes.byteLength} bytes, model.json expects ${expected}`);
  }
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: j.modelTopology, weightSpecs, weightData, trainingConfig: j.trainingConfig as never }),
  );
}
