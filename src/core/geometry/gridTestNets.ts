import type { Activation, DenseLayer, MlpWeights } from '../model/mlpWeights';
import { createRng } from '../rng';

/** Nets with known shapes for grid tests and scripts/bench/grid-node.ts (not used by the app). */

/** PyTorch-default init: W, b ~ U(-1/sqrt(in), 1/sqrt(in)). */
export function randomMlp(sizes: number[], activation: Activation, seed: number): MlpWeights {
  const rng = createRng(seed);
  const layers: DenseLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const [inDim, outDim] = [sizes[l], sizes[l + 1]];
    const k = 1 / Math.sqrt(inDim);
    const W = Float32Array.from({ length: inDim * outDim }, () => rng.uniform(-k, k));
    const b = Float32Array.from({ length: outDim }, () => rng.uniform(-k, k));
    layers.push({ inDim, outDim, W, b });
  }
  return { layers, activation };
}

/**
 * A ReLU net ([3, H, 1] or [3, H1, H2, 1]) that looks trained on the plane toy: a random net
 * plus gain * (z - 0.5), carried by the pair relu(z - 0.5), relu(0.5 - z) (and, in the deep case,
 * passed through two second-layer units the same way). The random units bend that plane into a
 * wavy sheet near z = 0.5 (displacement ~ their magnitude / gain, ~0.05 for gain 4).
 */
export function wavySheetMlp(sizes: number[], seed: number, gain = 4): MlpWeights {
  const w = randomMlp(sizes, 'relu', seed);
  const [l1, l2, l3] = w.layers;
  const H1 = l1.outDim;
  for (const [j, s] of [
    [0, 1],
    [1, -1],
  ]) {
    l1.W[j] = l1.W[H1 + j] = 0;
    l1.W[2 * H1 + j] = s;
    l1.b[j] = -0.5 * s;
  }
  if (!l3) {
    l2.W[0] = gain;
    l2.W[1] = -gain;
    return w;
  }
  const H2 = l2.outDim;
  for (let j = 0; j < H1; j++) l2.W[j * H2] = l2.W[j * H2 + 1] = 0;
  for (let o = 0; o < H2; o++) l2.W[o] = l2.W[H2 + o] = 0;
  [l2.W[0], l2.W[1], l2.W[H2], l2.W[H2 + 1]] = [1, -1, -1, 1]; // u2_0 = z - 0.5, u2_1 = 0.5 - z
  l2.b[0] = l2.b[1] = 0;
  l3.W[0] = gain;
  l3.W[1] = -gain;
  return w;
}

/** The affine 3-1 net f(x) = a . x + b. */
export function affineMlp(a: number[], b: number): MlpWeights {
  return { activation: 'relu', layers: [{ inDim: a.length, outDim: 1, W: Float32Array.from(a), b: Float32Array.of(b) }] };
}
