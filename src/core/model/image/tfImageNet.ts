/**
 * Forward pass and hand-written backward pass of the image classifiers (MLP and CNN of
 * core/model/imageModels.ts) as tfjs ops, returning the mean softmax cross-entropy and the
 * gradient as one flat vector in weightLayout order (what the flat optimiser updates).
 * Hand-written rather than tf.grad: every backward product is a non-transposed matMul of
 * explicitly transposed operands (10x faster on tfjs-wasm than transposeA/transposeB), the
 * relu masks come from the forward outputs, and no autograd tape is recorded. Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs';
import type { ClassifierConfig } from '../imageModels';
import { convFromCols, convInputGrad, convKernelGrad, im2col3x3, maxPoolReluGrad } from './convOps';

/** Weight tensors in weightLayout order (kernel, bias per layer). */
export type WeightViews = readonly tf.Tensor[];

interface ConvCache {
  cols: tf.Tensor2D;
  act: tf.Tensor4D;
  pooled: tf.Tensor4D;
}

interface Forward {
  logits: tf.Tensor2D;
  convs: ConvCache[];
  /** Inputs of each dense layer (index 0 = flattened features or pixels), post-relu. */
  denseIn: tf.Tensor2D[];
}

function forward(cfg: ClassifierConfig, w: WeightViews, x: tf.Tensor2D): Forward {
  const B = x.shape[0];
  const convs: ConvCache[] = [];
  let p = 0;
  let h: tf.Tensor2D = x;
  if (cfg.kind === 'cnn') {
    let img = tf.reshape(x, [B, cfg.side, cfg.side, 1]) as tf.Tensor4D;
    for (let i = 0; i < cfg.filters.length; i++) {
      const [, H, W] = img.shape;
      const cols = im2col3x3(img);
      const act = convFromCols(cols, w[p++] as tf.Tensor4D, w[p++] as tf.Tensor1D, [H, W, cfg.filters[i]], true);
      const pooled = tf.maxPool(act, 2, 2, 'valid');
      convs.push({ cols, act, pooled });
      img = pooled;
    }
    h = tf.reshape(img, [B, -1]);
  }
  const denseIn: tf.Tensor2D[] = [];
  const layers = (w.length - p) / 2;
  for (let l = 0; l < layers; l++) {
    denseIn.push(h);
    h = tf.fused.matMul({ a: h, b: w[p++] as tf.Tensor2D, bias: w[p++], activation: l + 1 < layers ? 'relu' : 'linear' }) as tf.Tensor2D;
  }
  return { logits: h, convs, denseIn };
}

/** Logits [B, numClasses] of x [B, n]. */
export function netLogits(cfg: ClassifierConfig, w: WeightViews, x: tf.Tensor2D): tf.Tensor2D {
  return forward(cfg, w, x).logits;
}

/**
 * Mean cross-entropy of softmax(logits) against one-hot y [B, K] and its gradient w.r.t. every
 * weight, concatenated flat in weightLayout order (all on the backend: for GPU backends).
 */
export function lossAndGradient(
  cfg: ClassifierConfig,
  w: WeightViews,
  x: tf.Tensor2D,
  y: tf.Tensor2D,
): { loss: tf.Scalar; grad: tf.Tensor1D } {
  const B = x.shape[0];
  const f = forward(cfg, w, x);
  const lse = tf.logSumExp(f.logits, 1, true);
  const loss = tf.mean(tf.sub(lse, tf.sum(tf.mul(f.logits, y), 1, true))) as tf.Scalar;
  // d mean CE / d logits = (softmax - y) / B
  const dz: tf.Tensor2D = tf.div(tf.sub(tf.exp(tf.sub(f.logits, lse)), y), B);
  const grads = backward(cfg, w, f, dz);
  return { loss, grad: tf.concat(grads.map((g) => tf.reshape(g, [-1]))) as tf.Tensor1D };
}

export { forward as netForward };
export type { Forward as NetForward };

/** Gradients of every weight (weightLayout order and shapes) given dL/d logits `dz`. */
export function backward(cfg: ClassifierConfig, w: WeightViews, f: Forward, dz: tf.Tensor2D): tf.Tensor[] {
  const grads: tf.Tensor[] = new Array(w.length);
  let p = w.length;
  const layers = f.denseIn.length;
  for (let l = layers - 1; l >= 0; l--) {
    const a = f.denseIn[l];
    const W = w[p - 2] as tf.Tensor2D;
    grads[p - 2] = tf.matMul(tf.transpose(a), dz);
    grads[p - 1] = tf.sum(dz, 0);
    p -= 2;
    if (l === 0 && f.convs.length === 0) break; // no gradient w.r.t. the pixels
    const da = tf.matMul(dz, tf.transpose(W)) as tf.Tensor2D;
    dz = l > 0 ? (tf.mul(da, tf.step(a)) as tf.Tensor2D) : da; // relu mask from the relu's output
  }
  if (cfg.kind === 'cnn') {
    let dPooled = tf.reshape(dz, f.convs[f.convs.length - 1].pooled.shape) as tf.Tensor4D;
    for (let i = f.convs.length - 1; i >= 0; i--) {
      const c = f.convs[i];
      const dAct = maxPoolReluGrad(dPooled, c.act, c.pooled);
      const k = w[p - 2] as tf.Tensor4D;
      grads[p - 2] = convKernelGrad(c.cols, dAct, k.shape[2]);
      grads[p - 1] = tf.sum(tf.reshape(dAct, [-1, k.shape[3]]), 0);
      p -= 2;
      if (i > 0) dPooled = convInputGrad(dAct, k);
    }
  }
  return grads;
}

/**
 * d(Σ_b Σ_j dz[b, j] · logits[b, j]) / dx as [B, n]: the backward pass of `backward` through the
 * activations only, down to the pixels (no weight gradients), for input gradients of many images
 * in one call (the margin gradients of a probe). Same relu masks and convolution transposes.
 */
export function netInputGradient(cfg: ClassifierConfig, w: WeightViews, f: Forward, dz: tf.Tensor2D): tf.Tensor2D {
  const B = dz.shape[0];
  let p = w.length;
  for (let l = f.denseIn.length - 1; l >= 0; l--) {
    const da = tf.matMul(dz, tf.transpose(w[p - 2] as tf.Tensor2D)) as tf.Tensor2D;
    p -= 2;
    dz = l > 0 ? (tf.mul(da, tf.step(f.denseIn[l])) as tf.Tensor2D) : da;
  }
  if (cfg.kind !== 'cnn') return dz;
  let d = tf.reshape(dz, f.convs[f.convs.length - 1].pooled.shape) as tf.Tensor4D;
  for (let i = f.convs.length - 1; i >= 0; i--) {
    const c = f.convs[i];
    d = convInputGrad(maxPoolReluGrad(d, c.act, c.pooled), w[p - 2] as tf.Tensor4D);
    p -= 2;
  }
  return tf.reshape(d, [B, -1]);
}
