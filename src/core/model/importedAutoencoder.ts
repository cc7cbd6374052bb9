/**
 * A user's tfjs autoencoder as the lab's manifold estimate (docs/science.md §3): E is the model
 * up to its layer named "latent", D the layers after it. The tangent space at x is the column
 * span of J = dD/dz at z = E(x); J comes from one tf.grad over n copies of z (row i of the
 * gradient of Σ_i D(Z_i)_i is dD_i/dz), so any differentiable decoder works, not only Dense.
 */
import * as tf from '@tensorflow/tfjs';
import { tangentBasisFromJacobian, type TangentFrame } from '../geometry/decoderTangent';
import { checkFinite, disposedOnError, type ImportExpectation } from './importedModel';
import type { ModelArtifacts } from './importedModelFiles';
import { LATENT_LAYER, splitAutoencoder } from './imageModels';

type AutoencoderParts = ReturnType<typeof splitAutoencoder>;

export interface ImportedAutoencoder {
  readonly name: string;
  readonly sha256: string;
  /** Latent size. */
  readonly k: number;
  readonly n: number;
  /** The model's input shape without the batch axis, e.g. [196] or [14, 14, 1]. */
  readonly inputShape: number[];
  readonly architecture: string;
  /** z = E(x), D(z), J = dD/dz (k columns) and its orthonormal basis at one image. */
  frameAt(x: ArrayLike<number>): TangentFrame;
  /** Reconstructions D(E(x)) of `count` images (count x n). */
  reconstruct(images: Float32Array, count: number): Float32Array;
  dispose(): void;
}

const flat = (shape: (number | null)[]) => shape.slice(1).reduce<number>((p, d) => p * (d ?? NaN), 1);

/** Builds and checks an imported autoencoder; throws (disposing everything) on any problem. */
export async function importAutoencoder(a: ModelArtifacts, want: Pick<ImportExpectation, 'n' | 'side'>): Promise<ImportedAutoencoder> {
  checkFinite(a);
  const ae = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs, weightData: a.weightData }),
  );
  return disposedOnError(ae, () => {
    const names = ae.layers.map((l) => l.name);
    if (!names.includes(LATENT_LAYER))
      throw new Error(
        `the autoencoder has no layer named "${LATENT_LAYER}"; name the encoder's last layer "${LATENT_LAYER}" (layers: ${names.join(', ')})`,
      );
    const inSize = flat(ae.inputs[0].shape),
      outSize = flat(ae.outputs[0].shape);
    if (inSize !== want.n || outSize !== want.n) {
      throw new Error(
        `the autoencoder maps ${Number.isNaN(inSize) ? 'a free size' : inSize} to ${Number.isNaN(outSize) ? 'a free size' : outSize} values, but the lab's images are ${want.side}×${want.side} = ${want.n} pixels (it must map ${want.n} to ${want.n})`,
      );
    }
    const parts = splitAutoencoder(ae);
    if (!(Number.isInteger(parts.k) && parts.k > 0 && parts.k < want.n)) {
      parts.decoder.dispose();
      throw new Error(`the latent layer has ${parts.k} units; it needs 1 to ${want.n - 1}`);
    }
    return wrap(a, ae, parts, want.n);
  });
}

/** The lab's view of an autoencoder split at its latent layer, for images of n pixels. */
function wrap(a: ModelArtifacts, ae: tf.LayersModel, { encoder, decoder, k }: AutoencoderParts, n: number): ImportedAutoencoder {
  const inShape = ae.inputs[0].shape.slice(1) as number[];
  const check = (x: ArrayLike<number>) => {
    if (x.length !== n) throw new Error(`imported autoencoder: image of ${x.length} pixels, expected ${n}`);
  };
  const decode = (z: tf.Tensor) => tf.reshape(decoder.apply(z, { training: false }) as tf.Tensor, [-1, n]);
  return {
    name: a.name,
    sha256: a.sha256,
    k,
    n,
    inputShape: [...inShape],
    architecture: ae.layers
      .map((l) => l.getClassName())
      .filter((c) => c !== 'InputLayer')
      .join(', '),
    frameAt(x) {
      check(x);
      const [z, recon, g] = tf.tidy(() => {
        const zt = tf.reshape(encoder.apply(tf.tensor(Float32Array.from(x), [1, ...inShape]), { training: false }) as tf.Tensor, [1, k]);
        const eye = tf.eye(n);
        const grad = tf.grad((Z: tf.Tensor) => tf.sum(tf.mul(decode(Z), eye)))(tf.tile(zt, [n, 1]));
        return [zt.dataSync() as Float32Array, decode(zt).dataSync() as Float32Array, grad.dataSync() as Float32Array];
      });
      const J = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => g[i * k + c]));
      const { Q, rank, sigma } = tangentBasisFromJacobian(J);
      return { z: Float64Array.from(z), recon: Float64Array.from(recon), J, Q, rank, sigma };
    },
    reconstruct(images, count) {
      const out = new Float32Array(count * n);
      for (let s = 0; s < count; s += 256) {
        const m = Math.min(256, count - s);
        out.set(
          tf.tidy(
            () =>
              tf
                .reshape(ae.apply(tf.tensor(images.subarray(s * n, (s + m) * n), [m, ...inShape]), { training: false }) as tf.Tensor, [
                  m * n,
                ])
                .dataSync() as Float32Array,
          ),
          s * n,
        );
      }
      return out;
    },
    // The decoder re-applies the AE's layers, which counts them twice: both must be disposed
    // before tfjs frees their weights.
    dispose: () => {
      decoder.dispose();
      ae.dispose();
    },
  };
}
