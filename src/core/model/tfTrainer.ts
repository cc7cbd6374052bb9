import * as tf from '@tensorflow/tfjs';
import type { Activation, MlpWeights } from './mlpWeights';
import { initMlpWeights } from './initWeights';
import type { TrainConfig } from './trainConfig';
import { createRng } from '../rng';

import { marginRuleMet, type StepStats, type Trainer } from './trainer';

export type { StepStats } from './trainer';

function applyActivation(a: Activation, x: tf.Tensor): tf.Tensor {
  switch (a) {
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'elu':
      return tf.elu(x);
    case 'softplus':
      return tf.softplus(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
  }
}

/**
 * Trains an MLP with tfjs on whatever backend is active. The data stay on the backend as
 * one tensor (GAN Lab's habit); a step returns its stats as a tensor so GPU backends are
 * read asynchronously. All tensors are owned: dispose() frees everything.
 */
export class TfTrainer implements Trainer {
  readonly outputs: number;
  private readonly x: tf.Tensor2D;
  private readonly yOneHot: tf.Tensor2D;
  private readonly yBinary: tf.Tensor2D;
  private readonly yIndex: tf.Tensor1D;
  private readonly vars: tf.Variable[] = [];
  private optimizer: tf.Optimizer;
  private epochCount = 0;
  private readonly shuffleRng;
  private readonly count: number;

  constructor(
    points: Float32Array,
    labels: Int32Array,
    readonly inputDim: number,
    readonly numClasses: number,
    readonly config: TrainConfig,
    initial?: MlpWeights,
    startEpoch = 0,
  ) {
    this.epochCount = startEpoch;
    this.count = labels.length;
    this.outputs = numClasses === 2 ? 1 : numClasses;
    this.x = tf.tensor2d(points, [this.count, inputDim]);
    this.yIndex = tf.tensor1d(labels, 'int32');
    this.yBinary = tf.tensor2d(Float32Array.from(labels), [this.count, 1]);
    this.yOneHot = tf.tidy(() => tf.oneHot(this.yIndex, numClasses).toFloat() as tf.Tensor2D);
    const w = initial ?? initMlpWeights(inputDim, config.hidden, this.outputs, config.activation, config.initScale, config.seed);
    for (const l of w.layers) {
      // tf.variable keeps its own reference; the initial tensors must be freed here.
      const W0 = tf.tensor2d(l.W, [l.inDim, l.outDim]);
      const b0 = tf.tensor1d(l.b);
      this.vars.push(tf.variable(W0), tf.variable(b0));
      tf.dispose([W0, b0]);
    }
    this.optimizer = this.makeOptimizer();
    this.shuffleRng = createRng(config.seed + 101);
  }

  get epoch(): number {
    return this.epochCount;
  }

  private makeOptimizer(): tf.Optimizer {
    const { optimizer, learningRate } = this.config;
    return optimizer === 'adam' ? tf.train.adam(learningRate) : tf.train.sgd(learningRate);
  }

  private forward(x: tf.Tensor): tf.Tensor2D {
    let h: tf.Tensor = x;
    const L = this.vars.length / 2;
    for (let l = 0; l < L; l++) {
      h = tf.add(tf.matMul(h as tf.Tensor2D, this.vars[2 * l] as tf.Tensor2D), this.vars[2 * l + 1]);
      if (l < L - 1) h = applyActivation(this.config.activation, h);
    }
    return h as tf.Tensor2D;
  }

  private lossOf(logits: tf.Tensor2D, yBin: tf.Tensor, yHot: tf.Tensor): tf.Scalar {
    const data = this.outputs === 1 ? tf.losses.sigmoidCrossEntropy(yBin, logits) : tf.losses.softmaxCrossEntropy(yHot, logits);
    const wd = this.config.weightDecay;
    if (wd <= 0) return data as tf.Scalar;
    let penalty = tf.scalar(0);
    for (let l = 0; l < this.vars.length; l += 2) penalty = tf.add(penalty, tf.sum(tf.square(this.vars[l])));
    return tf.add(data, tf.mul(wd / 2, penalty)) as tf.Scalar;
  }

  /** Signed margins of class y for every row (binary: z(2y-1); multiclass z_y - max other). */
  private margins(logits: tf.Tensor2D): tf.Tensor1D {
    if (this.outputs === 1) return tf.mul(logits.squeeze([1]), tf.sub(tf.mul(this.yBinary.squeeze([1]), 2), 1));
    const zy = tf.sum(tf.mul(logits, this.yOneHot), 1);
    const masked = tf.add(logits, tf.mul(this.yOneHot, -1e9));
    return tf.sub(zy, tf.max(masked, 1));
  }

  /** One optimisation step on the given rows. */
  private stepOn(x: tf.Tensor2D, yBin: tf.Tensor, yHot: tf.Tensor): void {
    tf.tidy(() => {
      const { grads } = tf.variableGrads(() => this.lossOf(this.forward(x), yBin, yHot), this.vars);
      this.optimizer.applyGradients(grads);
    });
  }

  /** Runs `epochs` epochs; returns [loss, accuracy, minMargin] of the updated net as a tensor. */
  trainEpochs(epochs: number): tf.Tensor1D {
    const bs = this.config.batchSize;
    for (let e = 0; e < epochs; e++) {
      if (bs <= 0 || bs >= this.count) {
        this.stepOn(this.x, this.yBinary, this.yOneHot);
      } else {
        const order = Int32Array.from({ length: this.count }, (_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = this.shuffleRng.int(i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        for (let s = 0; s < this.count; s += bs) {
          tf.tidy(() => {
            const idx = tf.tensor1d(order.subarray(s, Math.min(this.count, s + bs)), 'int32');
            this.stepOn(tf.gather(this.x, idx), tf.gather(this.yBinary, idx), tf.gather(this.yOneHot, idx));
          });
        }
      }
      this.epochCount++;
    }
    return this.evaluate();
  }

  /** [loss, accuracy, minMargin] on the whole training set, as one tensor (read it with data()). */
  evaluate(): tf.Tensor1D {
    return tf.tidy(() => {
      const logits = this.forward(this.x);
      const m = this.margins(logits);
      const acc = tf.mean(tf.cast(tf.greater(m, 0), 'float32'));
      return tf.stack([this.lossOf(logits, this.yBinary, this.yOneHot), acc, tf.min(m)]) as tf.Tensor1D;
    });
  }

  async train(epochs: number, stopMargin?: number): Promise<StepStats> {
    if (stopMargin === undefined) return this.readStats(this.trainEpochs(epochs));
    // One read-back per epoch: the stop epoch must not depend on the chunk size.
    let s = await this.readStats(this.trainEpochs(1));
    for (let e = 1; e < epochs && !marginRuleMet(s, stopMargin); e++) s = await this.readStats(this.trainEpochs(1));
    return s;
  }

  stats(): Promise<StepStats> {
    return this.readStats(this.evaluate());
  }

  async readStats(t: tf.Tensor1D): Promise<StepStats> {
    const [loss, accuracy, minMargin] = await t.data();
    t.dispose();
    return { epoch: this.epochCount, loss, accuracy, minMargin };
  }

  async exportWeights(): Promise<MlpWeights> {
    const layers = [];
    for (let l = 0; l < this.vars.length; l += 2) {
      const [inDim, outDim] = this.vars[l].shape;
      const W = (await this.vars[l].data()) as Float32Array;
      const b = (await this.vars[l + 1].data()) as Float32Array;
      layers.push({ inDim, outDim, W: Float32Array.from(W), b: Float32Array.from(b) });
    }
    return { layers, activation: this.config.activation };
  }

  /** Replace the weights (restore a checkpoint); the optimizer state restarts. */
  loadWeights(w: MlpWeights, epoch: number): void {
    w.layers.forEach((l, i) => {
      tf.tidy(() => {
        this.vars[2 * i].assign(tf.tensor2d(l.W, [l.inDim, l.outDim]));
        this.vars[2 * i + 1].assign(tf.tensor1d(l.b));
      });
    });
    this.optimizer.dispose();
    this.optimizer = this.makeOptimizer();
    this.epochCount = epoch;
  }

  dispose(): void {
    this.optimizer.dispose();
    for (const v of this.vars) v.dispose();
    tf.dispose([this.x, this.yOneHot, this.yBinary, this.yIndex]);
  }
}
