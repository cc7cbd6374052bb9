/**
 * ImageTrainer (imageTrainer.ts) on the active tfjs backend: the hand-written forward/backward
 * of tfImageNet.ts and one flat parameter vector (HostOptimizer on wasm/cpu, FlatOptimizer on GPUs). Works on every
 * tfjs backend (cpu, wasm, webgl, webgpu): the convolutions go through im2col + matMul, so no
 * backend kernel beyond pad/slice/concat/matMul/maxPool(Grad) is needed.
 */
import * as tf from '@tensorflow/tfjs';
import type { ClassifierConfig } from '../imageModels';
import type { ImageNetWeights, ImageTrainer, ImageTrainerBackend, ImageTrainOptions } from './imageTrainer';
import { FlatOptimizer } from './flatOptimizer';
import { backward, lossAndGradient, netForward, netLogits, type WeightViews } from './tfImageNet';
import { HostOptimizer } from './hostOptimizer';
import { mlpLossAndGradientHost } from './mlpFeatureMajor';
import { softmaxCrossEntropy } from './softmaxCrossEntropy';
import { fromNamedTensors, initialParameters, parameterCount, toNamedTensors, weightLayout, type WeightSpec } from './imageWeightLayout';

export function imageInputDim(cfg: ClassifierConfig): number {
  return cfg.kind === 'mlp' ? cfg.inputDim : cfg.side * cfg.side;
}

/** Backends whose tensors live in this thread's memory: synchronous, cheap read-backs. */
const HOST_BACKENDS: readonly string[] = ['wasm', 'cpu'];

export class TfImageTrainer implements ImageTrainer {
  readonly backend: ImageTrainerBackend;
  private readonly specs: WeightSpec[];
  private readonly n: number;
  /**
   * wasm/cpu: θ, the gradient and the optimiser live in JS arrays (loss, dz and Adam as loops);
   * GPU backends: θ is a tf.Variable updated by tensor ops, so nothing is read back mid-step.
   */
  private readonly host: { theta: Float32Array; grad: Float32Array; opt: HostOptimizer } | null;
  private readonly device: { theta: tf.Variable; opt: FlatOptimizer } | null;
  private disposed = false;

  /**
   * Trains on the tfjs backend active now (set it first, e.g. with createImageTrainer).
   * `paramsOnDevice` forces the GPU-style path (θ as a tf.Variable) on wasm/cpu, for tests.
   */
  constructor(
    readonly config: ClassifierConfig,
    readonly options: ImageTrainOptions,
    paramsOnDevice = false,
  ) {
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1)
      throw new Error(`batch size must be a positive integer, got ${options.batchSize}`);
    if (!(options.initScale > 0)) throw new Error(`init scale must be > 0, got ${options.initScale}`);
    this.backend = tf.getBackend() as ImageTrainerBackend;
    this.specs = weightLayout(config);
    this.n = imageInputDim(config);
    const mask = new Float32Array(parameterCount(this.specs));
    for (const s of this.specs) if (s.role === 'kernel') mask.fill(1, s.offset, s.offset + s.size);
    const theta = initialParameters(this.specs, options.initScale, options.seed);
    if (HOST_BACKENDS.includes(this.backend) && !paramsOnDevice) {
      this.host = { theta, grad: new Float32Array(theta.length), opt: new HostOptimizer(options, mask) };
      this.device = null;
    } else {
      this.host = null;
      this.device = { opt: new FlatOptimizer(options, mask), theta: tf.tidy(() => tf.variable(tf.tensor1d(theta), false)) };
    }
  }

  private views(): WeightViews {
    if (this.host) {
      const th = this.host.theta;
      return this.specs.map((s) => tf.tensor(th.subarray(s.offset, s.offset + s.size), s.shape as number[]));
    }
    const th = this.device!.theta;
    return this.specs.map((s) => tf.reshape(tf.slice(th, s.offset, s.size), s.shape as number[]));
  }

  private check(images: Float32Array, count: number): void {
    if (this.disposed) throw new Error('image trainer: used after dispose()');
    if (!Number.isInteger(count) || count < 1) throw new Error(`image trainer: batch of ${count} images`);
    if (images.length !== count * this.n) throw new Error(`image trainer: ${images.length} pixels for ${count} images of ${this.n}`);
  }

  async step(images: Float32Array, labels: Int32Array): Promise<number> {
    const B = labels.length;
    this.check(images, B);
    const K = this.config.numClasses;
    for (let i = 0; i < B; i++) {
      if (!(labels[i] >= 0 && labels[i] < K)) throw new Error(`image trainer: label ${labels[i]} at ${i} is outside [0, ${K})`);
    }
    if (this.host) {
      const { theta, grad, opt } = this.host;
      const loss =
        this.config.kind === 'mlp'
          ? tf.tidy(() => mlpLossAndGradientHost(this.specs, theta, images, labels, grad))
          : tf.tidy(() => {
              const views = this.views();
              const f = netForward(this.config, views, tf.tensor2d(images, [B, this.n]));
              const ce = softmaxCrossEntropy(f.logits.dataSync(), labels, K);
              const grads = backward(this.config, views, f, tf.tensor2d(ce.dz, [B, K]));
              grads.forEach((g, i) => grad.set(g.dataSync() as Float32Array, this.specs[i].offset));
              return ce.loss;
            });
      opt.apply(theta, grad);
      return loss;
    }
    const { theta, opt } = this.device!;
    const onehot = new Float32Array(B * K);
    for (let i = 0; i < B; i++) onehot[i * K + labels[i]] = 1;
    const loss = tf.tidy(() => {
      const { loss, grad } = lossAndGradient(this.config, this.views(), tf.tensor2d(images, [B, this.n]), tf.tensor2d(onehot, [B, K]));
      opt.apply(theta, grad);
      return loss;
    });
    const v = (await loss.data())[0];
    loss.dispose();
    return v;
  }

  async logits(images: Float32Array, count: number): Promise<Float32Array> {
    this.check(images, count);
    const z = tf.tidy(() => netLogits(this.config, this.views(), tf.tensor2d(images, [count, this.n])));
    const out = (await z.data()) as Float32Array;
    z.dispose();
    return out;
  }

  async getWeights(): Promise<ImageNetWeights> {
    const theta = this.host ? this.host.theta : ((await this.device!.theta.data()) as Float32Array);
    return { config: this.config, tensors: toNamedTensors(this.specs, theta) };
  }

  async setWeights(w: ImageNetWeights): Promise<void> {
    const theta = fromNamedTensors(this.specs, w);
    if (this.host) {
      this.host.theta.set(theta);
      this.host.opt.reset();
      return;
    }
    tf.tidy(() => this.device!.theta.assign(tf.tensor1d(theta)));
    this.device!.opt.reset();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.device?.theta.dispose();
    this.device?.opt.dispose();
  }
}

/**
 * A trainer for `cfg` on tfjs backend `backend` (made active, as the worker has one tfjs
 * engine). The config's seed is replaced by opts.seed, so a snapshot's config rebuilds it.
 * Throws if the backend cannot be initialised, or for 'js' (there is no plain-JS image trainer).
 */
export async function createImageTrainer(
  cfg: ClassifierConfig,
  opts: ImageTrainOptions,
  backend: ImageTrainerBackend,
): Promise<ImageTrainer> {
  if (backend === 'js') throw new Error("image trainer: no plain-JS image trainer; use 'wasm', 'cpu', 'webgl' or 'webgpu'");
  if (tf.getBackend() !== backend) {
    const ok = await tf.setBackend(backend).catch(() => false);
    if (!ok || tf.getBackend() !== backend) throw new Error(`image trainer: tfjs backend '${backend}' could not be initialised`);
  }
  await tf.ready();
  return new TfImageTrainer({ ...cfg, seed: opts.seed }, opts);
}
