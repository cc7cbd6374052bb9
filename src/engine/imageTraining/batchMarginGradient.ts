/**
 * Margin gradients of many images in one batched pass on the active tfjs backend (the one that
 * trains: the worker has one tfjs engine), for ρ_g on the gradient probe (docs/science.md §3, §4).
 * Per image the margin is that of the network's predicted class, z_c − max_{j≠c} z_j, as
 * core/experiments/experimentA.ts's marginGradient takes it one image at a time in plain JS;
 * here in float32, the backend's precision (tested equal to the plain-JS float64 gradients
 * within 1e-4 of their norm).
 */
import * as tf from '@tensorflow/tfjs';
import { marginCotangent } from '../../core/attacks/loss';
import { predictClass } from '../../core/model/classifier';
import type { ImageNetWeights } from '../../core/model/image/imageTrainer';
import { netForward, netInputGradient, netLogits } from '../../core/model/image/tfImageNet';

export interface BatchMarginGradients {
  /** Predicted class of each image (argmax of the float32 logits). */
  readonly pred: Int32Array;
  /** count × n, row-major: the gradient of each image's margin w.r.t. its pixels. */
  readonly grads: Float32Array;
}

/**
 * Margin gradients of `count` images (row-major Float32Array(count × n)) through the network of
 * snapshot `w`. Two batched calls: the logits (read back to choose each margin's classes), then
 * the forward and input-gradient pass. Leaves no tensor behind; throws on a length mismatch.
 */
export async function batchMarginGradients(w: ImageNetWeights, images: Float32Array, count: number): Promise<BatchMarginGradients> {
  const n = images.length / count;
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(n)))
    throw new Error(`batchMarginGradients: ${images.length} pixels do not make ${count} images`);
  const cfg = w.config;
  const K = cfg.numClasses;
  const views = w.tensors.map((t) => tf.tensor(t.values, t.shape as number[]));
  try {
    const zt = tf.tidy(() => netLogits(cfg, views, tf.tensor2d(images, [count, n])));
    const z = (await zt.data()) as Float32Array;
    zt.dispose();
    const pred = new Int32Array(count);
    const cot = new Float32Array(count * K);
    for (let b = 0; b < count; b++) {
      const row = z.subarray(b * K, (b + 1) * K);
      pred[b] = predictClass(row);
      cot.set(marginCotangent(row, pred[b]), b * K);
    }
    const gt = tf.tidy(() => {
      const x = tf.tensor2d(images, [count, n]);
      return netInputGradient(cfg, views, netForward(cfg, views, x), tf.tensor2d(cot, [count, K]));
    });
    const grads = (await gt.data()) as Float32Array;
    gt.dispose();
    return { pred, grads };
  } finally {
    views.forEach((t) => t.dispose());
  }
}
