/**
 * One image-training run in the worker (docs/science.md §3, §4): seeded mini-batch epochs through
 * an ImageTrainer, and after each epoch a metric pass (metricPass.ts) and the live slice
 * through the chosen digit (digitSliceCompute.ts). Weight snapshots at the timeline's epochs
 * (init, 1, 2, 5, 10, ...; core/timelinePolicy.ts) let the page scrub back. Records go out
 * through the callback of the call that started or resumed the run; pause() and cancel() end
 * that call between two optimiser steps.
 */
import type { ImageSet } from '../../core/datasets/mnist14';
import type { Classifier } from '../../core/model/classifier';
import { chooseProbe, imageOf, type TrainingProbe } from '../../core/experiments/trainingProbe';
import type { TangentProvider } from '../../core/geometry/decoderTangent';
import { nullRho } from '../../core/geometry/nullModel';
import { architectureString, DEFAULT_CNN, DEFAULT_MLP, type ClassifierConfig } from '../../core/model/imageModels';
import type { ImageNetWeights, ImageTrainer } from '../../core/model/image/imageTrainer';
import { createRng } from '../../core/rng';
import { isTimelineEpoch } from '../../core/timelinePolicy';
import { computeDigitSlice, VOLUME_RES, type BatchLogits } from './digitSliceCompute';
import { AttackScheduler, METRIC_BUDGET } from './attackScheduler';
import { AttackPass, gatherSubset, gradientMetricsOf, lossAndAccuracy, type EvalSubset } from './metricPass';
import { backendChoiceOf, classifierOfSnapshot, createImageTrainer } from './trainerSource';
import type { DigitSlice, EpochRecord, ProbeInfo, TrainMessage, TrainRunEnd, TrainRunInfo, ImageTrainSettings } from './trainingTypes';

export interface ProbeSizes {
  gradientCount: number;
  attackCount: number;
  seed: number;
  evalCount: number;
  /** Run the whole attack probe every this many epochs instead of by the time budget (offline experiments). */
  attackEvery?: number;
  /** Skip the live slice (offline experiments). */
  noSlice?: boolean;
}
/**
 * The app's probe. Loss and accuracy on 1,000 test and 1,000 training digits: a batched forward pass
 * on the training backend, 11–12 ms CPU per 1,000 digits for the MLP and ~71 ms for the CNN on wasm
 * (scripts/bench/metricPassProfile.ts); in a 1-epoch CNN run that was 17 % of training time, and 500
 * of each would halve it.
 */
export const PROBE: ProbeSizes = { gradientCount: 64, attackCount: 16, seed: 12345, evalCount: 1000 };
/**
 * Grid vertices per axis of the live plane: res² batched forward passes every epoch (41² = 1,681:
 * ~20 ms CPU for the MLP, ~120 ms for the CNN on wasm, where 49² took ~28 and ~170 ms).
 */
export const SLICE_RES = 41;
const YIELD_MS = 30;

export interface SessionData {
  readonly train: ImageSet;
  readonly test: ImageSet;
  readonly tangentAt: TangentProvider;
}

export type Sink = (m: TrainMessage) => void | Promise<void>;

const macrotask = () =>
  new Promise<void>((r) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => r();
    c.port2.postMessage(0);
  });

export function classifierConfigOf(s: ImageTrainSettings, side: number, numClasses: number): ClassifierConfig {
  return s.model === 'mlp'
    ? { ...DEFAULT_MLP, inputDim: side * side, numClasses, seed: s.seed }
    : { ...DEFAULT_CNN, side, numClasses, seed: s.seed };
}

export class ImageTrainingSession {
  epoch = 0;
  private step = 0;
  private perm: Int32Array = new Int32Array(0);
  private readonly rng;
  private measuredInit = false;
  private stopFlag: 'pause' | 'cancel' | null = null;
  private trainSeconds = 0;
  private metricSeconds = 0;
  private readonly attacks: AttackScheduler;
  private epochLoss = 0;
  readonly snapshots = new Map<number, { weights: ImageNetWeights; slice: DigitSlice | null }>();
  /** The weights of the latest measured epoch (its slice's network, for the hover readout). */
  measured: { epoch: number; weights: ImageNetWeights } | null = null;
  /**
   * Everything of the metric pass that does not depend on the classifier, taken once a run (the
   * autoencoder is fixed): the gradient probe's digits and the tangent bases at them.
   */
  private readonly frames: Float64Array[][];
  private readonly gradientImages: EvalSubset;
  private readonly frameCache = new Map<number, Float64Array[]>();
  private viewer: ImageTrainer | null = null;
  readonly info: TrainRunInfo;
  /** The digit and half-width of the live slice (changeable during a run). */
  sliceIndex: number;
  sliceExtent: number;

  private constructor(
    readonly settings: ImageTrainSettings,
    private readonly data: SessionData,
    private readonly trainer: ImageTrainer,
    private readonly probe: TrainingProbe,
    private readonly evalTest: EvalSubset,
    private readonly evalTrain: EvalSubset,
    private readonly sizes: ProbeSizes,
  ) {
    this.rng = createRng(settings.seed * 31 + 7);
    this.sliceIndex = settings.sliceIndex;
    this.sliceExtent = settings.sliceExtent;
    this.frames = Array.from(probe.gradient, (i) => data.tangentAt(imageOf(data.test, i)).Q);
    this.gradientImages = gatherSubset(data.test, probe.gradient);
    const k = Math.round(this.frames.reduce((s, q) => s + q.length, 0) / this.frames.length);
    const nul = nullRho(k, data.test.n);
    this.attacks = new AttackScheduler(
      (clf) => new AttackPass(clf, data.test, probe, this.frames),
      probe.gradient.length,
      probe.attack.length,
      sizes.attackEvery,
    );
    const probeInfo: ProbeInfo = {
      gradientCount: probe.gradient.length,
      attackCount: probe.attack.length,
      probeSeed: probe.seed,
      evalCount: evalTest.count,
      cadence: this.attacks.cadence,
      budget: METRIC_BUDGET,
      nullMean: nul.mean,
      nullLo: nul.lo,
      nullHi: nul.hi,
      k,
      n: data.test.n,
    };
    this.info = {
      backend: trainer.backend,
      backendReason: backendChoiceOf(trainer.config, settings.batchSize)?.reason ?? "the engine's backend",
      architecture: architectureString(trainer.config),
      trainCount: data.train.count,
      stepsPerEpoch: Math.ceil(data.train.count / settings.batchSize),
      probe: probeInfo,
    };
  }

  static async create(settings: ImageTrainSettings, data: SessionData, sizes: ProbeSizes = PROBE): Promise<ImageTrainingSession> {
    const cfg = classifierConfigOf(settings, data.test.side, data.test.numClasses);
    const trainer = await createImageTrainer(cfg, {
      optimizer: settings.optimizer,
      learningRate: settings.learningRate,
      batchSize: settings.batchSize,
      initScale: settings.initScale,
      weightDecay: settings.weightDecay,
      seed: settings.seed,
    });
    const probe = chooseProbe(data.test.count, sizes.gradientCount, sizes.attackCount, sizes.seed);
    const evalIdx = (count: number, seed: number) => chooseProbe(count, sizes.evalCount, 0, seed).gradient;
    return new ImageTrainingSession(
      settings,
      data,
      trainer,
      probe,
      gatherSubset(data.test, evalIdx(data.test.count, sizes.seed + 1)),
      gatherSubset(data.train, evalIdx(data.train.count, sizes.seed + 2)),
      sizes,
    );
  }

  pause(): void {
    this.stopFlag = 'pause';
  }
  cancel(): void {
    this.stopFlag = 'cancel';
  }

  /** Train until `epochs` (default the settings'), a pause or a cancel; records go to `sink`. */
  async run(sink: Sink, epochs = this.settings.epochs): Promise<TrainRunEnd> {
    this.stopFlag = null;
    try {
      if (!this.measuredInit) {
        await this.measure(sink, true, epochs);
        this.measuredInit = true;
      }
      const { train } = this.data;
      const B = this.settings.batchSize;
      const steps = this.info.stepsPerEpoch;
      const xb = new Float32Array(B * train.n);
      const yb = new Int32Array(B);
      let lastYield = performance.now();
      while (this.epoch < epochs) {
        if (this.step === 0) {
          this.perm = this.permutation();
          this.epochLoss = 0;
        }
        while (this.step < steps) {
          if (this.stopFlag) return { state: this.stopFlag === 'pause' ? 'paused' : 'cancelled', epoch: this.epoch };
          const start = this.step * B,
            rows = Math.min(B, train.count - start);
          for (let r = 0; r < rows; r++) {
            const i = this.perm[start + r];
            xb.set(train.images.subarray(i * train.n, (i + 1) * train.n), r * train.n);
            yb[r] = train.labels[i];
          }
          const t0 = performance.now();
          const loss = await this.trainer.step(xb.subarray(0, rows * train.n), yb.subarray(0, rows));
          const dt = (performance.now() - t0) / 1000;
          this.trainSeconds += dt;
          if (!Number.isFinite(loss))
            return {
              state: 'error',
              epoch: this.epoch,
              message: `the loss became ${loss} at epoch ${this.epoch + 1}, step ${this.step + 1}: lower the learning rate or the init scale and reset`,
            };
          this.epochLoss += loss * rows;
          this.step++;
          if (performance.now() - lastYield > YIELD_MS) {
            await sink({ kind: 'progress', epoch: this.epoch, step: this.step, stepsPerEpoch: steps, loss, phase: 'training' });
            await macrotask();
            lastYield = performance.now();
          }
        }
        this.epoch++;
        this.step = 0;
        await sink({
          kind: 'progress',
          epoch: this.epoch,
          step: steps,
          stepsPerEpoch: steps,
          loss: this.epochLoss / train.count,
          phase: 'metrics',
        });
        await this.measure(sink, false, epochs);
      }
      return { state: 'done', epoch: this.epoch };
    } catch (e) {
      return { state: 'error', epoch: this.epoch, message: e instanceof Error ? e.message : String(e) };
    }
  }

  private permutation(): Int32Array {
    const p = Int32Array.from({ length: this.data.train.count }, (_, i) => i);
    for (let i = p.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** Tangent basis at a test digit (cached). */
  frameOf(index: number): Float64Array[] {
    let Q = this.frameCache.get(index);
    if (!Q) {
      Q = this.data.tangentAt(imageOf(this.data.test, index)).Q;
      this.frameCache.set(index, Q);
    }
    return Q;
  }

  private async measure(sink: Sink, init: boolean, epochs: number): Promise<void> {
    const t0 = performance.now();
    const weights = await this.trainer.getWeights();
    this.measured = { epoch: this.epoch, weights };
    const clf = classifierOfSnapshot(weights);
    const nc = this.data.test.numClasses;
    // Every batch (loss, accuracy, the slice grids, the margin gradients) goes to the backend that trains.
    const logitsOf: BatchLogits = (x, c) => this.trainer.logits(x, c);
    const test = await lossAndAccuracy(logitsOf, this.evalTest, nc);
    const train = await lossAndAccuracy(logitsOf, this.evalTrain, nc);
    const t3 = performance.now();
    const { rhoGrad, gradNull } = await gradientMetricsOf(weights, this.gradientImages, this.probe, this.frames);
    const idx = this.sliceIndex;
    // The 3-D grid costs res³ forward passes, so it is taken at the timeline epochs only (those the
    // epoch panels and the scrubber show); the plane is taken every epoch.
    const snapshot = isTimelineEpoch(this.epoch);
    const t4 = performance.now();
    const slice = this.sizes.noSlice
      ? null
      : await computeDigitSlice(
          logitsOf,
          clf,
          imageOf(this.data.test, idx),
          this.frameOf(idx),
          idx,
          this.epoch,
          SLICE_RES,
          this.sliceExtent,
          snapshot ? VOLUME_RES[this.trainer.config.kind] : 0,
        );
    if (snapshot) this.snapshots.set(this.epoch, { weights, slice });
    const t5 = performance.now();
    const fixed = (t5 - t0) / 1000;
    this.attacks.noteFixed(fixed);
    const attack = await this.attackPass(sink, init, clf, epochs, fixed);
    const t6 = performance.now();
    this.metricSeconds += (t6 - t0) / 1000;
    const passSeconds = { evaluation: (t3 - t0) / 1000, gradient: (t4 - t3) / 1000, slice: (t5 - t4) / 1000, attack: (t6 - t5) / 1000 };
    const record: EpochRecord = {
      kind: 'epoch',
      epoch: this.epoch,
      steps: this.epoch * this.info.stepsPerEpoch,
      trainSeconds: this.trainSeconds,
      metricSeconds: this.metricSeconds,
      passSeconds,
      trainLoss: init ? NaN : this.epochLoss / this.data.train.count,
      trainLossAfter: train.loss,
      trainAccuracy: train.accuracy,
      testLoss: test.loss,
      testAccuracy: test.accuracy,
      rhoGrad,
      gradNull,
      attack,
      cadence: this.attacks.cadence,
      slice,
      snapshot,
    };
    await sink(record);
  }

  /** This epoch's attack probe, as the scheduler decides (init's own goes out as an AttackPatch when it runs later). */
  private async attackPass(sink: Sink, init: boolean, clf: Classifier, epochs: number, fixedSeconds: number) {
    if (init) return this.attacks.atInit(clf, macrotask);
    const initWeights = this.snapshots.get(0)!.weights;
    const a = await this.attacks.atEpoch({
      epoch: this.epoch,
      epochs,
      trainSeconds: this.trainSeconds,
      metricSeconds: this.metricSeconds + fixedSeconds,
      clf,
      initClf: () => classifierOfSnapshot(initWeights),
      yieldNow: macrotask,
    });
    if (a.init) await sink({ kind: 'attack', epoch: 0, attack: a.init });
    return a.now;
  }

  /**
   * The slice at a recorded epoch (null = the current weights) through test digit `index`
   * (a stored one when digit and extent match, else recomputed on a viewer copy of the network).
   */
  async sliceAt(epoch: number | null, index: number, extent: number): Promise<DigitSlice> {
    if (!(Number.isInteger(index) && index >= 0 && index < this.data.test.count))
      throw new Error(`no test digit ${index} (0–${this.data.test.count - 1})`);
    if (epoch === null) {
      const w = await this.trainer.getWeights();
      return computeDigitSlice(
        (x, c) => this.trainer.logits(x, c),
        classifierOfSnapshot(w),
        imageOf(this.data.test, index),
        this.frameOf(index),
        index,
        this.epoch,
        SLICE_RES,
        extent,
        VOLUME_RES[this.trainer.config.kind],
      );
    }
    const snap = this.snapshots.get(epoch);
    if (!snap) throw new Error(`no snapshot at epoch ${epoch}`);
    if (snap.slice && snap.slice.index === index && snap.slice.extent === extent) return snap.slice;
    this.viewer ??= await createImageTrainer(this.trainer.config, this.trainer.options);
    await this.viewer.setWeights(snap.weights);
    const v = this.viewer;
    const s = await computeDigitSlice(
      (x, c) => v.logits(x, c),
      classifierOfSnapshot(snap.weights),
      imageOf(this.data.test, index),
      this.frameOf(index),
      index,
      epoch,
      SLICE_RES,
      extent,
      VOLUME_RES[this.trainer.config.kind],
    );
    snap.slice = s;
    return s;
  }

  /** Weights at a recorded epoch, or the current ones (null). */
  async weightsAt(epoch: number | null): Promise<ImageNetWeights> {
    if (epoch === null) return this.trainer.getWeights();
    const snap = this.snapshots.get(epoch);
    if (!snap) throw new Error(`no snapshot at epoch ${epoch}`);
    return snap.weights;
  }

  dispose(): void {
    this.stopFlag = 'cancel';
    this.trainer.dispose();
    this.viewer?.dispose();
  }
}
