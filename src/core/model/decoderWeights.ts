/**
 * The image-lab autoencoder (imageModels.ts buildAutoencoder) as two plain Dense stacks,
 * E: x -> z (up to the `latent` layer) and D: z -> x (the dec_* layers, sigmoid output), so
 * attacks and experiments get D(z) and dD/dz in plain JS (decoderMap.ts; docs/science.md §3).
 */
import type * as tf from '@tensorflow/tfjs';
import { LATENT_LAYER } from './imageModels';
import { isActivation } from './mlpWeights';
import { stackInputDim, stackOutputDim, type DenseStack, type StackLayer } from './decoderMap';

export interface AutoencoderStacks {
  readonly encoder: DenseStack;
  readonly decoder: DenseStack;
  /** Latent size. */
  readonly k: number;
  /** Input (and reconstruction) size n. */
  readonly n: number;
}

function denseLayer(layer: tf.layers.Layer): StackLayer {
  if (layer.getClassName() !== 'Dense') throw new Error(`autoencoder layer ${layer.name} is a ${layer.getClassName()}, expected Dense`);
  const act = String(layer.getConfig().activation ?? 'linear');
  if (!isActivation(act)) throw new Error(`autoencoder layer ${layer.name}: unsupported activation ${act}`);
  const [W, b] = layer.getWeights();
  if (!W || !b) throw new Error(`autoencoder layer ${layer.name} has no bias`);
  const outDim = b.size;
  return { inDim: W.size / outDim, outDim, W: Float32Array.from(W.dataSync()), b: Float32Array.from(b.dataSync()), activation: act };
}

/** Splits an autoencoder made only of Dense layers at its `latent` layer (copies the weights). */
export function autoencoderStacks(ae: tf.LayersModel): AutoencoderStacks {
  const names = ae.layers.map((l) => l.name);
  const cut = names.indexOf(LATENT_LAYER);
  if (cut < 0) throw new Error(`autoencoder has no "${LATENT_LAYER}" layer (layers: ${names.join(', ')})`);
  if (cut === ae.layers.length - 1) throw new Error('autoencoder has no decoder layers after the latent layer');
  const encoder: DenseStack = { layers: ae.layers.slice(0, cut + 1).map(denseLayer) };
  const decoder: DenseStack = { layers: ae.layers.slice(cut + 1).map(denseLayer) };
  for (const [a, b] of [...pairs(encoder), ...pairs(decoder)]) {
    if (a.outDim !== b.inDim) throw new Error(`autoencoder layer sizes do not chain (${a.outDim} -> ${b.inDim})`);
  }
  const k = stackOutputDim(encoder);
  const n = stackInputDim(encoder);
  if (stackInputDim(decoder) !== k || stackOutputDim(decoder) !== n) {
    throw new Error(`decoder maps ${stackInputDim(decoder)} -> ${stackOutputDim(decoder)}, expected ${k} -> ${n}`);
  }
  return { encoder, decoder, k, n };
}

function pairs(s: DenseStack): [StackLayer, StackLayer][] {
  return s.layers.slice(1).map((l, i) => [s.layers[i], l]);
}
