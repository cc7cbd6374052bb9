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
 * A 3-H-1 ReLU net that looks trained on the plane toy: a random net whose first `sheet` units are
 * replaced by pairs relu(s(z - 0.5)), relu(-s(z - 0.5)) with output weights +g, -g, which add
 * (sheet / 2) * g * s * (z - 0.5); the random units bend that plane into a wavy sheet near z = 0.5.
 */
export function wavySheetMlp(hidden: number, seed: number, sheet = 40, slope = 0.15): MlpWeights {
  const w = randomMlp([3, hidden, 1], 'relu', seed);
  const [l1, l2] = w.layers;
  const s = 4;
  for (let j = 0; j < sheet; j++) {
    const sign = j % 2 === 0 ? 1 : -1;
    l1.W[j] = 0;
    l1.W[hidden + j] = 0;
    l1.W[2 * hidden + j] = sign * s;
    l1.b[j] = -sign * s * 0.5;
    l2.W[j] = sign * slope;
  }
  return w;
}

/** The affine 3-1 net f(x) = a . x + b. */
export function affineMlp(a: number[], b: number): MlpWeights {
  return { activation: 'relu', layers: [{ inDim: a.length, outDim: 1, W: Float32Array.from(a), b: Float32Array.of(b) }] };
}
