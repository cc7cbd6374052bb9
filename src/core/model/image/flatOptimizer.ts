/**
 * Adam and SGD on one flat parameter vector θ [P] (every weight of the network back to back),
 * with coupled L2 weight decay on the kernels: g ← g + λ·mask⊙θ, i.e. the loss gains
 * (λ/2)·|W|². One vector means ~13 element-wise ops a step whatever the layer count, where a
 * per-tensor optimiser (tf.train.adam) issues them once per weight tensor. Adam follows
 * tf.train.adam (Kingma & Ba 2015; ε = 1e-7, bias correction folded into the step size).
 */
import * as tf from '@tensorflow/tfjs';

export interface FlatOptimizerOptions {
  readonly optimizer: 'adam' | 'sgd';
  readonly learningRate: number;
  readonly weightDecay: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;

export class FlatOptimizer {
  private m: tf.Variable | null = null;
  private v: tf.Variable | null = null;
  private t = 0;
  private readonly decay: tf.Tensor1D | null;

  /** `decayMask` [P]: 1 where weight decay applies (kernels), 0 elsewhere. */
  constructor(
    private readonly opts: FlatOptimizerOptions,
    decayMask: Float32Array,
  ) {
    if (!(opts.learningRate > 0) || !Number.isFinite(opts.learningRate))
      throw new Error(`learning rate must be a positive number, got ${opts.learningRate}`);
    if (!(opts.weightDecay >= 0)) throw new Error(`weight decay must be >= 0, got ${opts.weightDecay}`);
    this.decay = opts.weightDecay > 0 ? tf.tensor1d(decayMask.map((m) => m * opts.weightDecay)) : null;
  }

  /** θ ← θ − step(g). Call inside tf.tidy; θ is assigned in place. */
  apply(theta: tf.Variable, grad: tf.Tensor1D): void {
    const g = this.decay ? tf.add(grad, tf.mul(this.decay, theta)) : grad;
    if (this.opts.optimizer === 'sgd') {
      theta.assign(tf.sub(theta, tf.mul(g, this.opts.learningRate)));
      return;
    }
    if (!this.m || !this.v) {
      this.m = tf.variable(tf.zerosLike(theta), false);
      this.v = tf.variable(tf.zerosLike(theta), false);
    }
    this.t++;
    const m = tf.add(tf.mul(this.m, BETA1), tf.mul(g, 1 - BETA1));
    const v = tf.add(tf.mul(this.v, BETA2), tf.mul(tf.square(g), 1 - BETA2));
    this.m.assign(m);
    this.v.assign(v);
    const c1 = 1 - BETA1 ** this.t;
    const c2 = 1 - BETA2 ** this.t;
    const stepSize = this.opts.learningRate / c1;
    theta.assign(tf.sub(theta, tf.mul(tf.div(m, tf.add(tf.sqrt(tf.div(v, c2)), EPSILON)), stepSize)));
  }

  /** Forget the moments (after setWeights). */
  reset(): void {
    this.m?.dispose();
    this.v?.dispose();
    this.m = this.v = null;
    this.t = 0;
  }

  dispose(): void {
    this.reset();
    this.decay?.dispose();
  }
}
