/**
 * The flat optimiser of flatOptimizer.ts as a plain loop over Float32Arrays, for the CPU
 * backends (wasm, cpu) where reading the gradient back is a memcpy: one pass over θ replaces
 * ~13 tfjs element-wise ops (each a dispatch of tens of µs) a step. Same maths: Adam as
 * tf.train.adam (ε = 1e-7), SGD, coupled L2 decay on the kernels (mask).
 */
import type { FlatOptimizerOptions } from './flatOptimizer';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;

export class HostOptimizer {
  private m: Float32Array;
  private v: Float32Array;
  private t = 0;

  constructor(
    private readonly opts: FlatOptimizerOptions,
    private readonly decayMask: Float32Array,
  ) {
    if (!(opts.learningRate > 0) || !Number.isFinite(opts.learningRate))
      throw new Error(`learning rate must be a positive number, got ${opts.learningRate}`);
    if (!(opts.weightDecay >= 0)) throw new Error(`weight decay must be >= 0, got ${opts.weightDecay}`);
    this.m = new Float32Array(decayMask.length);
    this.v = new Float32Array(decayMask.length);
  }

  /** θ ← θ − step(g), in place (g is overwritten with the decayed gradient). */
  apply(theta: Float32Array, g: Float32Array): void {
    const { learningRate: lr, weightDecay: wd } = this.opts;
    const mask = this.decayMask;
    const P = theta.length;
    if (this.opts.optimizer === 'sgd') {
      for (let i = 0; i < P; i++) theta[i] -= lr * (g[i] + wd * mask[i] * theta[i]);
      return;
    }
    this.t++;
    const stepSize = lr / (1 - BETA1 ** this.t);
    const c2 = 1 - BETA2 ** this.t;
    const { m, v } = this;
    if (wd > 0) for (let i = 0; i < P; i++) g[i] += wd * mask[i] * theta[i];
    for (let i = 0; i < P; i++) {
      const gi = g[i];
      const mi = (m[i] = BETA1 * m[i] + (1 - BETA1) * gi);
      const vi = (v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi);
      theta[i] -= (stepSize * mi) / (Math.sqrt(vi / c2) + EPSILON);
    }
  }

  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
  }
}
