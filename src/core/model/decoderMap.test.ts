import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { stackForward, stackJacobian, type DenseStack, type StackLayer } from './decoderMap';
import { autoencoderStacks } from './decoderWeights';
import { autoencoderConfig, buildAutoencoder, splitAutoencoder } from './imageModels';
import { modelFromFiles } from './imageModelsIO';
import type { Activation } from './mlpWeights';

const ROOT = join(__dirname, '..', '..', '..');

function randomStack(dims: number[], acts: Activation[], seed: number): DenseStack {
  const rng = createRng(seed);
  const layers: StackLayer[] = acts.map((activation, i) => ({
    inDim: dims[i],
    outDim: dims[i + 1],
    activation,
    W: Float32Array.from({ length: dims[i] * dims[i + 1] }, () => rng.normal() / Math.sqrt(dims[i])),
    b: Float32Array.from({ length: dims[i + 1] }, () => 0.3 * rng.normal()),
  }));
  return { layers };
}

/** max_c |J_c - FD_c| / max_c |FD_c| with central differences of step h. */
function fdRelError(s: DenseStack, z: Float64Array, h: number): number {
  const { cols } = stackJacobian(s, z);
  let err = 0;
  let scale = 0;
  for (let c = 0; c < z.length; c++) {
    const zp = Float64Array.from(z);
    const zm = Float64Array.from(z);
    zp[c] += h;
    zm[c] -= h;
    const yp = stackForward(s, zp);
    const ym = stackForward(s, zm);
    for (let r = 0; r < yp.length; r++) {
      const fd = (yp[r] - ym[r]) / (2 * h);
      err = Math.max(err, Math.abs(fd - cols[c][r]));
      scale = Math.max(scale, Math.abs(fd));
    }
  }
  return err / scale;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('decoder Jacobian by forward mode (docs/science.md §3, §8)', () => {
  it('matches central finite differences on a random smooth stack', () => {
    const s = randomStack([5, 12, 20], ['softplus', 'sigmoid'], 1);
    const z = Float64Array.from({ length: 5 }, (_, i) => 0.4 * i - 0.7);
    expect(fdRelError(s, z, 1e-5)).toBeLessThan(1e-7);
    const { y } = stackJacobian(s, z);
    expect(Array.from(y)).toEqual(Array.from(stackForward(s, z)));
  });

  it('handles every activation (elu on both sides of 0, tanh, linear)', () => {
    const s = randomStack([4, 9, 7, 6], ['elu', 'tanh', 'linear'], 2);
    for (const z of [Float64Array.of(0.3, -1, 2, 0.1), Float64Array.of(-2, -2, -1, -3)]) {
      expect(fdRelError(s, z, 1e-5)).toBeLessThan(1e-7);
    }
  });

  it('a wrong input length throws', () => {
    const s = randomStack([3, 4], ['linear'], 3);
    expect(() => stackJacobian(s, [1, 2])).toThrow(/input length 2/);
  });
});

describe('shipped MNIST-14 autoencoder k = 16 as plain stacks', () => {
  it('E and D agree with tfjs, J matches finite differences (rel. error < 1e-2), no tensor leaks', async () => {
    const dir = join(ROOT, 'models', 'mnist14-ae-k16');
    const ae = await modelFromFiles(
      JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')),
      new Uint8Array(readFileSync(join(dir, 'weights.bin'))),
    );
    const before = tf.memory().numTensors;
    const maps = autoencoderStacks(ae);
    expect(maps.k).toBe(16);
    expect(maps.n).toBe(196);
    expect(maps.decoder.layers.map((l) => l.activation)).toEqual(['softplus', 'sigmoid']);
    const rng = createRng(4);
    const x = Float64Array.from({ length: 196 }, () => (rng.next() < 0.2 ? rng.next() : 0));
    const z = stackForward(maps.encoder, x);
    const recon = stackForward(maps.decoder, z);
    const { encoder, decoder } = splitAutoencoder(ae);
    const [zTf, rTf] = tf.tidy(() => [
      (encoder.predict(tf.tensor2d(Float32Array.from(x), [1, 196])) as tf.Tensor).dataSync(),
      (decoder.predict(tf.tensor2d(Float32Array.from(z), [1, 16])) as tf.Tensor).dataSync(),
    ]);
    for (let i = 0; i < 16; i++) expect(Math.abs(z[i] - zTf[i])).toBeLessThan(1e-4 * (1 + Math.abs(z[i])));
    for (let i = 0; i < 196; i++) expect(Math.abs(recon[i] - rTf[i])).toBeLessThan(1e-5);
    expect(fdRelError(maps.decoder, z, 1e-4)).toBeLessThan(1e-2);
    expect(tf.memory().numTensors).toBe(before);
    ae.dispose();
  });

  it('a model without a latent layer is refused with a clear message', () => {
    const ae = buildAutoencoder(autoencoderConfig(8));
    const enc = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [6], name: 'x1' })] });
    expect(() => autoencoderStacks(enc)).toThrow(/no "latent" layer/);
    expect(autoencoderStacks(ae).k).toBe(8);
    ae.dispose();
    enc.dispose();
  });
});
