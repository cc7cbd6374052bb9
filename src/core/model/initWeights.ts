import { createRng } from '../rng';
import type { Activation, MlpWeights } from './mlpWeights';

/**
 * PyTorch-default Linear init (kaiming_uniform with a = sqrt(5)): W, b ~ U(±1/sqrt(fan_in)),
 * times `initScale` (docs/science.md §2: standard init vs. init/3). Drawn from our seeded RNG so
 * the same seed gives the same network on every backend.
 */
export function initMlpWeights(
  inputDim: number,
  hidden: number[],
  outputs: number,
  activation: Activation,
  initScale: number,
  seed: number,
): MlpWeights {
  const rng = createRng(seed * 7919 + 17);
  const dims = [inputDim, ...hidden, outputs];
  const layers = [];
  for (let l = 0; l + 1 < dims.length; l++) {
    const inDim = dims[l];
    const outDim = dims[l + 1];
    const bound = initScale / Math.sqrt(inDim);
    const W = new Float32Array(inDim * outDim);
    const b = new Float32Array(outDim);
    for (let i = 0; i < W.length; i++) W[i] = rng.uniform(-bound, bound);
    for (let i = 0; i < b.length; i++) b[i] = rng.uniform(-bound, bound);
    layers.push({ inDim, outDim, W, b });
  }
  return { layers, activation };
}
