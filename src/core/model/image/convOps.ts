/**
 * 3x3 'same' convolution (stride 1, NHWC, tfjs kernel layout [3, 3, cin, cout]) through
 * im2col + matMul, and its two gradients, built only from ops every tfjs backend has
 * (pad, slice, concat, reverse, transpose, matMul). Why: tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter kernel, and its Conv2DBackpropInput ran 8.9 ms against 2.2 ms for the
 * forward conv on a 64x7x7x16 -> 32 batch here, while a non-transposed matMul runs at
 * ~20 GFLOP/s (transposed matMul operands run ~10x slower, hence the explicit transposes).
 * The patch matrix of the forward pass is reused for the kernel gradient. On wasm and cpu the
 * patches and the pooling gradient come from the loop kernels of jsConvKernels.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { hasJsConvKernels, IM2COL_KERNEL, POOL_GRAD_KERNEL } from './jsConvKernels';

/**
 * Patches of x [B, H, W, C]: [B·H·W, 9·C], column (kh·3 + kw)·C + c holds x[b, i+kh-1, j+kw-1, c]
 * (zero outside), the order of a [3, 3, C, F] kernel reshaped to [9·C, F].
 */
export function im2col3x3(x: tf.Tensor4D): tf.Tensor2D {
  if (hasJsConvKernels()) return tf.engine().runKernel(IM2COL_KERNEL, { x }, {}) as tf.Tensor2D;
  return im2col3x3Ops(x);
}

/** im2col3x3 from pad, slice and concat (the backends without the loop kernel). */
export function im2col3x3Ops(x: tf.Tensor4D): tf.Tensor2D {
  const [B, H, W, C] = x.shape;
  const xp = tf.pad(x, [
    [0, 0],
    [1, 1],
    [1, 1],
    [0, 0],
  ]);
  const parts: tf.Tensor4D[] = [];
  for (let kh = 0; kh < 3; kh++) for (let kw = 0; kw < 3; kw++) parts.push(tf.slice(xp, [0, kh, kw, 0], [B, H, W, C]));
  return tf.reshape(tf.concat(parts, 3), [B * H * W, 9 * C]);
}

/** Kernel [3, 3, C, F] -> the kernel of the input gradient, [3, 3, F, C] flipped in space. */
export function flippedKernel(w: tf.Tensor4D): tf.Tensor4D {
  return tf.transpose(tf.reverse(w, [0, 1]), [0, 1, 3, 2]);
}

/**
 * Conv forward from patches: relu(cols · W + b) as [B, H, W, F] (fused bias and relu where the
 * backend fuses them).
 */
export function convFromCols(
  cols: tf.Tensor2D,
  w: tf.Tensor4D,
  b: tf.Tensor1D,
  outShape: [number, number, number],
  relu: boolean,
): tf.Tensor4D {
  const [kh, kw, cin, f] = w.shape;
  const y = tf.fused.matMul({ a: cols, b: tf.reshape(w, [kh * kw * cin, f]), bias: b, activation: relu ? 'relu' : 'linear' });
  return tf.reshape(y, [-1, ...outShape]) as tf.Tensor4D;
}

/** dL/dW [3, 3, C, F] = colsᵀ · dY for dY [B, H, W, F] (what Conv2DBackpropFilter computes). */
export function convKernelGrad(cols: tf.Tensor2D, dy: tf.Tensor4D, cin: number): tf.Tensor4D {
  const f = dy.shape[3];
  const g = tf.matMul(tf.transpose(cols), tf.reshape(dy, [-1, f]));
  return tf.reshape(g, [3, 3, cin, f]);
}

/**
 * dL/dx [B, H, W, C] for dY [B, H, W, F]: the 'same' conv of dY with the flipped kernel
 * (the forward Conv2D kernel, 3x faster on wasm than its Conv2DBackpropInput here).
 */
export function convInputGrad(dy: tf.Tensor4D, w: tf.Tensor4D): tf.Tensor4D {
  return tf.conv2d(dy, flippedKernel(w), 1, 'same');
}

/**
 * dL/d act for pooled = maxPool2x2(act) ('valid', stride 2) and act = relu(pre): the gradient
 * w.r.t. the relu's input `pre`, given dL/d pooled.
 */
export function maxPoolReluGrad(dy: tf.Tensor4D, act: tf.Tensor4D, pooled: tf.Tensor4D): tf.Tensor4D {
  if (hasJsConvKernels()) return tf.engine().runKernel(POOL_GRAD_KERNEL, { dy, act }, {}) as tf.Tensor4D;
  const dAct = tf
    .engine()
    .runKernel('MaxPoolGrad', { dy, input: act, output: pooled }, { filterSize: 2, strides: 2, pad: 'valid' }) as tf.Tensor4D;
  return tf.mul(dAct, tf.step(act));
}
