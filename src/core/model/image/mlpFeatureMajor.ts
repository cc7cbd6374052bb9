/**
 * One MLP training step's loss and gradient on a CPU backend (wasm, cpu) with activations kept
 * feature-major (Hᵀ, [units, B]). Why: tfjs-wasm's matMul packs its second operand afresh for
 * every new tensor, and in a training step every operand is new; feature-major products put
 * the batch-sized matrix second (Zᵀ = Wᵀ·Hᵀ, dHᵀ = W·dZᵀ, dW = Hᵀ·dZ), which measured ~30%
 * faster per product than X·W with a fresh W here. Kernels are uploaded in both layouts from
 * the host copy of θ (a JS transpose), so no Transpose kernel runs on weights.
 * Same maths as tfImageNet.ts (tested equal); call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs';
import type { WeightSpec } from './imageWeightLayout';
import { softmaxCrossEntropy } from './softmaxCrossEntropy';

/** rows x cols -> cols x rows, in 16x16 tiles so reads and writes both stay in cache. */
function transposed(src: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  const T = 16;
  for (let i0 = 0; i0 < rows; i0 += T) {
    const i1 = Math.min(rows, i0 + T);
    for (let j0 = 0; j0 < cols; j0 += T) {
      const j1 = Math.min(cols, j0 + T);
      for (let i = i0; i < i1; i++) {
        const r = i * cols;
        for (let j = j0; j < j1; j++) out[j * rows + i] = src[r + j];
      }
    }
  }
  return out;
}

function columnSums(m: Float32Array, rows: number, cols: number, out: Float32Array, at: number): void {
  out.fill(0, at, at + cols);
  for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) out[at + j] += m[r * cols + j];
}

/** Mean cross-entropy of the batch; writes dL/dθ into `grad` (weightLayout order). */
export function mlpLossAndGradientHost(
  specs: readonly WeightSpec[],
  theta: Float32Array,
  images: Float32Array,
  labels: Int32Array,
  grad: Float32Array,
): number {
  const B = labels.length;
  const L = specs.length / 2;
  const kernel = (l: number) => theta.subarray(specs[2 * l].offset, specs[2 * l].offset + specs[2 * l].size);
  const dims = (l: number) => specs[2 * l].shape as [number, number];
  const [n0] = dims(0);
  const hT: tf.Tensor2D[] = [tf.tensor2d(transposed(images, B, n0), [n0, B])];
  for (let l = 0; l < L; l++) {
    const [inD, outD] = dims(l);
    const b = specs[2 * l + 1];
    const z = tf.add(
      tf.matMul(tf.tensor2d(transposed(kernel(l), inD, outD), [outD, inD]), hT[l]),
      tf.tensor2d(theta.subarray(b.offset, b.offset + b.size), [outD, 1]),
    );
    hT.push((l + 1 < L ? tf.relu(z) : z) as tf.Tensor2D);
  }
  const K = dims(L - 1)[1];
  const ce = softmaxCrossEntropy(transposed(hT[L].dataSync() as Float32Array, K, B), labels, K);
  let dz = tf.tensor2d(ce.dz, [B, K]);
  let dzT = tf.tensor2d(transposed(ce.dz, B, K), [K, B]);
  for (let l = L - 1; l >= 0; l--) {
    const [inD, outD] = dims(l);
    grad.set(tf.matMul(hT[l], dz).dataSync() as Float32Array, specs[2 * l].offset);
    if (l === L - 1)
      columnSums(ce.dz, B, K, grad, specs[2 * l + 1].offset); // the logits' dz is on the host
    else grad.set(tf.sum(dz, 0).dataSync() as Float32Array, specs[2 * l + 1].offset);
    if (l === 0) break;
    const dhT = tf.matMul(tf.tensor2d(kernel(l), [inD, outD]), dzT);
    dzT = tf.mul(dhT, tf.step(hT[l])) as tf.Tensor2D; // relu mask from the relu's output
    dz = tf.transpose(dzT);
  }
  return ce.loss;
}
