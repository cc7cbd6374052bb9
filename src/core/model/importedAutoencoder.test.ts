import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { decoderTangentAt, subspaceDistance } from '../geometry/decoderTangent';
import { createRng } from '../rng';
import { autoencoderStacks } from './decoderWeights';
import { importAutoencoder } from './importedAutoencoder';
import { artifactsFromFiles } from './importedModelFiles';
import { autoencoderConfig, buildAutoencoder } from './imageModels';
import { modelToFiles } from './imageModelsIO';

const WANT = { n: 196, side: 14 };

async function artifactsOf(model: tf.LayersModel) {
  const { modelJson, weights } = await modelToFiles(model);
  return artifactsFromFiles([
    { name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(modelJson)) },
    { name: 'weights.bin', bytes: weights },
  ]);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('importAutoencoder', () => {
  it('gives the same z, reconstruction, Jacobian and tangent space as the plain-JS Dense stacks', async () => {
    const model = buildAutoencoder(autoencoderConfig(8));
    const stacks = autoencoderStacks(model);
    const artifacts = await artifactsOf(model);
    model.dispose();
    const atStart = tf.memory().numTensors;
    const ae = await importAutoencoder(artifacts, WANT);
    expect(ae.k).toBe(8);
    const before = tf.memory().numTensors;
    const r = createRng(4);
    const x = Float64Array.from({ length: 196 }, () => r.next());
    const mine = ae.frameAt(x);
    const ref = decoderTangentAt(stacks, x);
    for (let c = 0; c < 8; c++) expect(mine.z[c]).toBeCloseTo(ref.z[c], 4);
    for (const i of [0, 50, 195]) expect(mine.recon[i]).toBeCloseTo(ref.recon[i], 5);
    for (const c of [0, 7]) for (const i of [3, 100]) expect(mine.J[c][i]).toBeCloseTo(ref.J[c][i], 5);
    expect(mine.rank).toBe(ref.rank);
    expect(subspaceDistance(mine.Q, ref.Q)).toBeLessThan(1e-4);
    expect(tf.memory().numTensors).toBe(before);
    ae.dispose();
    // Disposing frees every weight, also those the decoder shares with the whole model.
    expect(tf.memory().numTensors).toBe(atStart);
  });

  it('an autoencoder without a latent layer, or of the wrong size, is refused with the reason', async () => {
    const before = tf.memory().numTensors;
    const noLatent = tf.sequential({
      layers: [tf.layers.dense({ units: 8, inputShape: [196], name: 'code' }), tf.layers.dense({ units: 196 })],
    });
    await expect(importAutoencoder(await artifactsOf(noLatent), WANT)).rejects.toThrow(
      /^the autoencoder has no layer named "latent"; name the encoder's last layer "latent" \(layers: code, /,
    );
    const wrong = tf.sequential({
      layers: [tf.layers.dense({ units: 8, inputShape: [784], name: 'latent' }), tf.layers.dense({ units: 784 })],
    });
    await expect(importAutoencoder(await artifactsOf(wrong), WANT)).rejects.toThrow(
      "the autoencoder maps 784 to 784 values, but the lab's images are 14×14 = 196 pixels",
    );
    noLatent.dispose();
    wrong.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
