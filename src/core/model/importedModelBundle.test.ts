import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { artifactsFromPicked, bundleText } from './importedModelBundle';
import type { PickedFile } from './importedModelFiles';
import { modelToFiles } from './imageModelsIO';

async function files(): Promise<PickedFile[]> {
  await tf.setBackend('cpu');
  const m = tf.sequential({
    name: 'bundled',
    layers: [tf.layers.dense({ units: 10, inputShape: [196], kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })],
  });
  const { modelJson, weights } = await modelToFiles(m);
  m.dispose();
  return [
    { name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(modelJson)) },
    { name: 'weights.bin', bytes: weights },
  ];
}

describe('imported model file', () => {
  it('round-trips: the same artifacts and hash from the one file as from model.json + weights', async () => {
    const f = await files();
    const direct = await artifactsFromPicked(f);
    const text = bundleText(f, { name: direct.artifacts.name, inputShape: [196], sha256: direct.artifacts.sha256 });
    const again = await artifactsFromPicked([{ name: 'bundled.dml-model.json', bytes: new TextEncoder().encode(text) }]);
    expect(again.artifacts.sha256).toBe(direct.artifacts.sha256);
    expect(again.artifacts.name).toBe('bundled');
    expect(new Uint8Array(again.artifacts.weightData)).toEqual(new Uint8Array(direct.artifacts.weightData));
    expect(again.files.map((x) => x.name)).toEqual(['model.json', 'weights.bin']);
  });

  it('refuses a file whose weights were changed, and a damaged one', async () => {
    const f = await files();
    const { artifacts } = await artifactsFromPicked(f);
    const w = f[1].bytes.slice();
    w[10] ^= 4;
    const text = bundleText([f[0], { name: 'weights.bin', bytes: w }], { name: 'bundled', inputShape: [196], sha256: artifacts.sha256 });
    await expect(artifactsFromPicked([{ name: 'm.dml-model.json', bytes: new TextEncoder().encode(text) }])).rejects.toThrow(
      /m\.dml-model\.json: content hash [0-9a-f]{12}… does not match the recorded [0-9a-f]{12}… \(the file was changed\)/,
    );
    const damaged = JSON.stringify({ ...JSON.parse(text), sha256: 'xyz' });
    await expect(artifactsFromPicked([{ name: 'm.dml-model.json', bytes: new TextEncoder().encode(damaged) }])).rejects.toThrow(
      'm.dml-model.json is a damaged model file (sha256:',
    );
  });
});
