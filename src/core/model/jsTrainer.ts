import { activate, activateDerivative, type MlpWeights } from './mlpWeights';
import { initMlpWeights } from './initWeights';
import type { TrainConfig } from './trainConfig';
import { marginRuleMet, type StepStats, type Trainer } from './trainer';
import { createRng } from '../rng';
import { softmaxCrossEntropyInto } from './image/softmaxCrossEntropy';

/**
 * Plain-JS trainer for the toy MLPs: the same maths as TfTrainer (same init, BCE / softmax
 * CE means, coupled L2 decay, tfjs's Adam with epsilon 1e-7). Written by hand because a tfjs
 * step on 25 points costs ~3-7 ms of per-op dispatch on the CPU backends while the arithmetic
 * is ~0.1 MFLOP; see bench/results.md for the measured steps/s of both.
 */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-7;

export class JsTrainer implements Trainer {
  readonly outputs: number;
  private w: MlpWeights;
  private m: Float64Array[] = [];
  private v: Float64Array[] = [];
  private step = 0;
  private epochCount: number;
  private readonly rng;
  private readonly count: number;
  // Per-layer activations of the current batch (index 0 = input rows).
  private acts: Float64Array[] = [];
  private pres: Float64Array[] = [];

  constructor(
    private readonly points: Float32Array,
    private readonly labels: Int32Array,
    readonly inputDim: number,
    readonly numClasses: number,
    private readonly config: TrainConfig,
    initial?: MlpWeights,
    startEpoch = 0,
  ) {
    this.count = labels.length;
    this.outputs = numClasses === 2 ? 1 : numClasses;
    const init = initial ?? initMlpWeights(inputDim, config.hidden, this.outputs, config.activation, config.initScale, config.seed);
    this.w = { activation: init.activation, layers: init.layers.map((l) => ({ ...l, W: l.W.slice(), b: l.b.slice() })) };
    this.resetOptimizer();
    this.epochCount = startEpoch;
    this.rng = createRng(config.seed + 101);
  }

  get epoch(): number {
    return this.epochCount;
  }

  /**
   * Scratch arrays reused between steps (keyed by role and size): a step allocates nothing,
   * which keeps the garbage collector out of the ~2,000 steps/s loop.
   */
  private scratch = new Map<string, Float64Array>();
  private buf(key: string, size: number, zero = false): Float64Array {
    const k = `${key}:${size}`;
    let a = this.scratch.get(k);
    if (!a) this.scratch.set(k, (a = new Float64Array(size)));
    else if (zero) a.fill(0);
    return a;
  }

  private resetOptimizer(): void {
    this.m = this.w.layers.flatMap((l) => [new Float64Array(l.W.length), new Float64Array(l.b.length)]);
    this.v = this.w.layers.flatMap((l) => [new Float64Array(l.W.length), new Float64Array(l.b.length)]);
    this.step = 0;
  }

  /** Forward pass of rows `idx` of `src`; fills acts/pres and returns the logits (B x outputs). */
  private forward(idx: ArrayLike<number>, src: Float32Array = this.points): Float64Array {
    const B = idx.length;
    const x = this.buf('x', B * this.inputDim);
    for (let r = 0; r < B; r++) for (let i = 0; i < this.inputDim; i++) x[r * this.inputDim + i] = src[idx[r] * this.inputDim + i];
    this.acts = [x];
    this.pres = [];
    const L = this.w.layers.length;
    let h = x;
    for (let li = 0; li < L; li++) {
      const { inDim, outDim, W, b } = this.w.layers[li];
      const u = this.buf(`u${li}`, B * outDim);
      for (let r = 0; r < B; r++) {
        const ur = r * outDim;
        for (let j = 0; j < outDim; j++) u[ur + j] = b[j];
        for (let i = 0; i < inDim; i++) {
          const hi = h[r * inDim + i];
          if (hi === 0) continue;
          const row = i * outDim;
          for (let j = 0; j < outDim; j++) u[ur + j] += hi * W[row + j];
        }
      }
      this.pres.push(u);
      if (li < L - 1) {
        const a = this.buf(`a${li}`, u.length);
        // ReLU (the paper's net) inline: a generic activate() call per unit costs ~2x the step.
        if (this.w.activation === 'relu') for (let k = 0; k < u.length; k++) a[k] = u[k] > 0 ? u[k] : 0;
        else for (let k = 0; k < u.length; k++) a[k] = activate(this.w.activation, u[k]);
        this.acts.push(a);
        h = a;
      } else h = u;
    }
    return h;
  }

  /** Mean loss of the logits and its gradient w.r.t. them (docs/science.md §2: BCE; softmax CE). */
  private lossGrad(z: Float64Array, idx: ArrayLike<number>, labels: Int32Array = this.labels): { loss: number; dz: Float64Array } {
    const B = idx.length;
    const K = this.outputs;
    const dz = this.buf('dz', z.length);
    if (K > 1) return { loss: softmaxCrossEntropyInto(z, (r) => labels[idx[r]], K, dz) + this.penalty(), dz };
    let loss = 0;
    for (let r = 0; r < B; r++) {
      const y = labels[idx[r]];
      const s = z[r];
      loss += Math.max(s, 0) - s * y + Math.log1p(Math.exp(-Math.abs(s)));
      dz[r] = (1 / (1 + Math.exp(-s)) - y) / B;
    }
    return { loss: loss / B + this.penalty(), dz };
  }

  private penalty(): number {
    const wd = this.config.weightDecay;
    if (wd <= 0) return 0;
    let s = 0;
    for (const l of this.w.layers) for (let i = 0; i < l.W.length; i++) s += l.W[i] * l.W[i];
    return (wd / 2) * s;
  }

  /** Backprop from dz and one optimiser update. */
  private update(dz: Float64Array, B: number): void {
    const L = this.w.layers.length;
    const relu = this.w.activation === 'relu';
    let delta = dz;
    const grads: Float64Array[] = new Array(2 * L);
    for (let li = L - 1; li >= 0; li--) {
      const { inDim, outDim, W } = this.w.layers[li];
      const a = this.acts[li];
      const gW = this.buf(`gW${li}`, inDim * outDim, true);
      const gb = this.buf(`gb${li}`, outDim, true);
      for (let r = 0; r < B; r++) {
        const dr = r * outDim;
        for (let j = 0; j < outDim; j++) gb[j] += delta[dr + j];
        for (let i = 0; i < inDim; i++) {
          const ai = a[r * inDim + i];
          if (ai === 0) continue;
          const row = i * outDim;
          for (let j = 0; j < outDim; j++) gW[row + j] += ai * delta[dr + j];
        }
      }
      if (this.config.weightDecay > 0) for (let k = 0; k < gW.length; k++) gW[k] += this.config.weightDecay * W[k];
      grads[2 * li] = gW;
      grads[2 * li + 1] = gb;
      if (li > 0) {
        const prev = this.buf(`d${li}`, B * inDim);
        const u = this.pres[li - 1];
        for (let r = 0; r < B; r++)
          for (let i = 0; i < inDim; i++) {
            let s = 0;
            const row = i * outDim;
            for (let j = 0; j < outDim; j++) s += W[row + j] * delta[r * outDim + j];
            const ui = u[r * inDim + i];
            prev[r * inDim + i] = relu ? (ui > 0 ? s : 0) : s * activateDerivative(this.w.activation, ui);
          }
        delta = prev;
      }
    }
    this.applyGradients(grads);
  }

  private applyGradients(grads: Float64Array[]): void {
    const lr = this.config.learningRate;
    this.step++;
    const adam = this.config.optimizer === 'adam';
    const c1 = 1 - Math.pow(BETA1, this.step);
    const c2 = 1 - Math.pow(BETA2, this.step);
    this.w.layers.forEach((l, li) => {
      [l.W, l.b].forEach((p, k) => {
        const g = grads[2 * li + k];
        const m = this.m[2 * li + k];
        const v = this.v[2 * li + k];
        for (let i = 0; i < p.length; i++) {
          if (!adam) {
            p[i] -= lr * g[i];
            continue;
          }
          m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
          v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
          p[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + EPS);
        }
      });
    });
  }

  /**
   * One optimiser step on the given rows instead of the stored data (adversarial training,
   * docs/science.md §1 item 4); the epoch counter is left to the caller.
   */
  trainOnBatch(points: Float32Array, labels: Int32Array): void {
    if (points.length !== labels.length * this.inputDim) throw new Error('trainOnBatch: points and labels disagree in length');
    const idx = Int32Array.from({ length: labels.length }, (_, i) => i);
    this.update(this.lossGrad(this.forward(idx, points), idx, labels).dz, idx.length);
  }

  async train(epochs: number, stopMargin?: number): Promise<StepStats> {
    const bs = this.config.batchSize;
    const all = Int32Array.from({ length: this.count }, (_, i) => i);
    for (let e = 0; e < epochs; e++) {
      if (bs <= 0 || bs >= this.count) {
        const z = this.forward(all);
        // The full-batch forward pass is the current network's evaluation: the rule costs nothing.
        if (e > 0 && stopMargin !== undefined) {
          const s = this.statsOf(z);
          if (marginRuleMet(s, stopMargin)) return s;
        }
        this.update(this.lossGrad(z, all).dz, this.count);
      } else {
        if (e > 0 && stopMargin !== undefined) {
          const s = await this.stats();
          if (marginRuleMet(s, stopMargin)) return s;
        }
        const order = all.slice();
        for (let i = order.length - 1; i > 0; i--) {
          const j = this.rng.int(i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        for (let s = 0; s < this.count; s += bs) {
          const idx = order.subarray(s, Math.min(this.count, s + bs));
          this.update(this.lossGrad(this.forward(idx), idx).dz, idx.length);
        }
      }
      this.epochCount++;
    }
    return this.stats();
  }

  async stats(): Promise<StepStats> {
    return this.statsOf(this.forward(Int32Array.from({ length: this.count }, (_, i) => i)));
  }

  /** Loss, accuracy and smallest signed margin from the logits of all training rows. */
  private statsOf(z: Float64Array): StepStats {
    const all = Int32Array.from({ length: this.count }, (_, i) => i);
    const { loss } = this.lossGrad(z, all);
    let correct = 0;
    let minMargin = Infinity;
    const K = this.outputs;
    for (let r = 0; r < this.count; r++) {
      const y = this.labels[r];
      let m: number;
      if (K === 1) m = y === 1 ? z[r] : -z[r];
      else {
        let other = -Infinity;
        for (let k = 0; k < K; k++) if (k !== y) other = Math.max(other, z[r * K + k]);
        m = z[r * K + y] - other;
      }
      if (m > 0) correct++;
      minMargin = Math.min(minMargin, m);
    }
    return { epoch: this.epochCount, loss, accuracy: correct / this.count, minMargin };
  }

  async exportWeights(): Promise<MlpWeights> {
    return {
      activation: this.w.activation,
      layers: this.w.layers.map((l) => ({ ...l, W: Float32Array.from(l.W), b: Float32Array.from(l.b) })),
    };
  }

  loadWeights(w: MlpWeights, epoch: number): void {
    this.w = { activation: w.activation, layers: w.layers.map((l) => ({ ...l, W: l.W.slice(), b: l.b.slice() })) };
    this.resetOptimizer();
    this.epochCount = epoch;
  }

  dispose(): void {
    this.acts = [];
    this.pres = [];
  }
}
