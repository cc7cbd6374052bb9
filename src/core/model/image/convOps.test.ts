import { describe, expect, it, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { join } from 'node:path';
import { convInputGrad, convKernelGrad, im2col3x3, im2col3x3Ops, maxPoolReluGrad } from './convOps';
import { createRng } from '../../rng';

const ROOT = join(__dirname, '..', '..', '..', '..');
beforeAll(() => setWasmPaths(join(ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + '/'));

const rand = (n: number, seed: number, lo = -1, hi = 1) => {
  const r = createRng(seed);
  return Float32Array.from({ length: n }, () => r.uniform(lo, hi));
};
const X = rand(2 * 5 * 5 * 3, 1); // x [2, 5, 5, 3]
const W = rand(3 * 3 * 3 * 4, 2); // kernel [3, 3, 3, 4]
const R = rand(2 * 5 * 5 * 4, 3); // cotangent of the conv output [2, 5, 5, 4]

async function onBackend<T>(name: 'cpu' | 'wasm', f: () => T): Promise<T> {
  await tf.setBackend(name);
  const before = tf.memory().numTensors;
  const out = f();
  expect(tf.memory().numTensors).toBe(before);
  return out;
}

/** f(x, w) = Σ conv2d(x, w) ⊙ R on cpu, in float64 sums of float32 convs. */
function probe(x: Float32Array, w: Float32Array): number {
  return tf.tidy(
    () =>
      tf
        .sum(tf.mul(tf.conv2d(tf.tensor4d(x, [2, 5, 5, 3]), tf.tensor4d(w, [3, 3, 3, 4]), 1, 'same'), tf.tensor4d(R, [2, 5, 5, 4])))
        .dataSync()[0],
  );
}
/** Central differences of the (bilinear) probe: exact up to float32 rounding for h = 0.25. */
function centralDiff(which: 'x' | 'w', i: number): number {
  const h = 0.25;
  const bump = (d: number) => {
    const x = X.slice();
    const w = W.slice();
    (which === 'x' ? x : w)[i] += d;
    return probe(x, w);
  };
  return (bump(h) - bump(-h)) / (2 * h);
}

describe('conv through im2col + matMul (the kernels wasm lacks)', () => {
  it.each(['cpu', 'wasm'] as const)('%s: kernel and input gradients equal tf.grad on cpu and central differences', async (backend) => {
    const ours = await onBackend(backend, () =>
      tf.tidy(() => {
        const x = tf.tensor4d(X, [2, 5, 5, 3]);
        const w = tf.tensor4d(W, [3, 3, 3, 4]);
        const dy = tf.tensor4d(R, [2, 5, 5, 4]);
        return { dw: convKernelGrad(im2col3x3(x), dy, 3).dataSync().slice(), dx: convInputGrad(dy, w).dataSync().slice() };
      }),
    );
    await tf.setBackend('cpu');
    const ref = tf.tidy(() => {
      const f = (x: tf.Tensor4D, w: tf.Tensor4D) => tf.sum(tf.mul(tf.conv2d(x, w, 1, 'same'), tf.tensor4d(R, [2, 5, 5, 4])));
      const [gx, gw] = tf.grads(f as (...a: tf.Tensor[]) => tf.Tensor)([tf.tensor4d(X, [2, 5, 5, 3]), tf.tensor4d(W, [3, 3, 3, 4])]);
      return { dx: gx.dataSync().slice(), dw: gw.dataSync().slice() };
    });
    ours.dw.forEach((v, i) => expect(v).toBeCloseTo(ref.dw[i], 4));
    ours.dx.forEach((v, i) => expect(v).toBeCloseTo(ref.dx[i], 4));
    for (const i of [0, 17, 53, 107]) expect(ours.dw[i]).toBeCloseTo(centralDiff('w', i), 3);
    for (const i of [0, 31, 76, 149]) expect(ours.dx[i]).toBeCloseTo(centralDiff('x', i), 3);
  });

  it('the Im2Col3x3 loop kernel (wasm, cpu) equals the op-built im2col', async () => {
    const ref = await onBackend('cpu', () =>
      tf.tidy(() =>
        im2col3x3Ops(tf.tensor4d(X, [2, 5, 5, 3]))
          .dataSync()
          .slice(),
      ),
    );
    for (const backend of ['cpu', 'wasm'] as const) {
      const got = await onBackend(backend, () =>
        tf.tidy(() =>
          im2col3x3(tf.tensor4d(X, [2, 5, 5, 3]))
            .dataSync()
            .slice(),
        ),
      );
      expect(Array.from(got)).toEqual(Array.from(ref));
    }
  });

  it('the MaxPool2x2ReluGrad loop kernel equals MaxPoolGrad and the relu mask by tf.grad on cpu (odd sides drop the last row)', async () => {
    const pre = rand(2 * 7 * 7 * 3, 4);
    const dy = rand(2 * 3 * 3 * 3, 5);
    await tf.setBackend('cpu');
    const ref = tf.tidy(() => {
      const f = (p: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(tf.relu(p) as tf.Tensor4D, 2, 2, 'valid'), tf.tensor4d(dy, [2, 3, 3, 3])));
      return tf
        .grad(f)(tf.tensor4d(pre, [2, 7, 7, 3]))
        .dataSync()
        .slice();
    });
    for (const backend of ['cpu', 'wasm'] as const) {
      const got = await onBackend(backend, () =>
        tf.tidy(() => {
          const act = tf.relu(tf.tensor4d(pre, [2, 7, 7, 3])) as tf.Tensor4D;
          return maxPoolReluGrad(tf.tensor4d(dy, [2, 3, 3, 3]), act, tf.maxPool(act, 2, 2, 'valid'))
            .dataSync()
            .slice();
        }),
      );
      got.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 6));
    }
  });
});
