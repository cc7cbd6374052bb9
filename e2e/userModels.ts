/**
 * Small tfjs models the e2e tests make themselves, as the files a user would pick
 * (model.json + one weights shard), trained on the shipped MNIST-14 training digits.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { parseImageSet } from '../src/core/datasets/mnist14';

export type Upload = { name: string; mimeType: string; buffer: Buffer };

export async function filesOf(model: tf.LayersModel, corrupt?: (w: Float32Array) => void): Promise<Upload[]> {
  let out: Upload[] = [];
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const data = new Float32Array((a.weightData as ArrayBuffer).slice(0));
      corrupt?.(data);
      const json = {
        format: 'layers-model',
        generatedBy: 'e2e',
        convertedBy: null,
        modelTopology: a.modelTopology,
        weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: a.weightSpecs }],
      };
      out = [
        { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) },
        { name: 'group1-shard1of1.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(data.buffer) },
      ];
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return out;
}

/** 196-32-10 relu MLP + softmax, 4 epochs of Adam on 2000 shipped MNIST-14 training digits. */
export async function trainedModel(): Promise<tf.Sequential> {
  const train = parseImageSet(readFileSync('public/data/mnist14-train.bin'), 'mnist14-train');
  const m = 2000;
  const model = tf.sequential({ name: 'e2e_user_mlp' });
  model.add(
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [196], kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
  );
  model.add(tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  model.add(tf.layers.softmax());
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  const x = tf.tensor2d(train.images.subarray(0, m * 196), [m, 196]);
  const y = tf.oneHot(tf.tensor1d(Array.from(train.labels.subarray(0, m)), 'int32'), 10);
  await model.fit(x, y, { epochs: 4, batchSize: 64, shuffle: false, verbose: 0 });
  tf.dispose([x, y]);
  return model;
}

/** 196-64-8-64-196 autoencoder (elu, linear latent, softplus, sigmoid), 3 epochs on the same digits. */
export async function trainedAutoencoder(): Promise<tf.Sequential> {
  const train = parseImageSet(readFileSync('public/data/mnist14-train.bin'), 'mnist14-train');
  const m = 2000;
  const seed = (s: number) => tf.initializers.glorotUniform({ seed: s });
  const ae = tf.sequential({
    name: 'e2e_user_ae',
    layers: [
      tf.layers.dense({ units: 64, activation: 'elu', inputShape: [196], kernelInitializer: seed(11) }),
      tf.layers.dense({ units: 8, name: 'latent', kernelInitializer: seed(12) }),
      tf.layers.dense({ units: 64, activation: 'softplus', kernelInitializer: seed(13) }),
      tf.layers.dense({ units: 196, activation: 'sigmoid', kernelInitializer: seed(14) }),
    ],
  });
  ae.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.tensor2d(train.images.subarray(0, m * 196), [m, 196]);
  await ae.fit(x, x, { epochs: 3, batchSize: 64, shuffle: false, verbose: 0 });
  x.dispose();
  return ae;
}
