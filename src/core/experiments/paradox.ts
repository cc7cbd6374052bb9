/**
 * The mislabelled-data paradox (Ilyas et al. 2019, as docs/science.md §1 item 5 recasts it):
 * train N1; move every training point by a targeted PGD step toward a wrong class; train a
 * fresh N2 only on those points, labelled with the wrong class; test N2 on clean held-out
 * points. The DMM predicts N2 still classifies them well (it clings to the same M).
 */
import { pgdL2 } from '../attacks/pgdL2';
import { pgdLinf } from '../attacks/pgdLinf';
import { mlpClassifier } from '../model/jsMlp';
import { predictClass } from '../model/classifier';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import type { StepStats } from '../model/trainer';
import { createRng, type Rng } from '../rng';
import type { Bounds } from './adversarialTraining';
import { accuracy, distance, type LabelledSet, type PerturbationNorm } from './evaluate';
import type { Checkpoint } from './checkpoint';
import { fitMlp } from './fitMlp';

/** Binary: 'other' (= the other class); multiclass: 'random' other class or 'next' = y+1 mod K. */
export type TargetRule = 'other' | 'random' | 'next';

export interface ParadoxOptions {
  /** Architecture and optimiser of N1 and N2; N2 uses seed + 1 (a fresh init). */
  config: TrainConfig;
  /** N2's config when it differs (e.g. more epochs); default `config` with seed + 1. */
  n2Config?: TrainConfig;
  /** A trained N1 (e.g. the shipped MNIST-14 model); trained from `config` when absent. */
  n1?: MlpWeights;
  attack: { norm: PerturbationNorm; eps: number; steps: number; relStepSize?: number };
  target: TargetRule;
  bounds: Bounds;
  /** Seeds the target draws and the attacks' random starts. */
  seed: number;
  /** Between training bursts and every 50 attacked points (the worker yields and cancels here). */
  checkpoint?: Checkpoint;
  /** Epochs per training burst between stop-rule checks and checkpoints (fitMlp's chunk, default 10). */
  chunk?: number;
}

export type ParadoxStage = 'n1' | 'attack' | 'n2';
export type ParadoxProgress = (stage: ParadoxStage, done: number, total: number, stats?: StepStats) => void;

export interface ParadoxResult {
  n1: MlpWeights;
  n2: MlpWeights;
  /** N2's training set: the adversarial points with their wrong (target) labels. */
  adversarial: LabelledSet;
  originalLabels: Int32Array;
  /** Share of adversarial points N1 assigns to their target class. */
  attackSuccess: number;
  meanPerturbation: number;
  n1TrainAccuracy: number;
  n1TestAccuracy: number;
  /** The paradox: N2 on clean held-out points with their true labels. */
  n2TestAccuracy: number;
  /** N2 on its own mislabelled training set. */
  n2MislabelledAccuracy: number;
  /** N2 on the clean training points with their true labels. */
  n2CleanTrainAccuracy: number;
  /** 1/K, and the share of the most frequent test label. */
  chance: number;
  majority: number;
  n2Epochs: number;
}

/** A wrong class for label y under `rule` (never y). */
export function wrongTarget(y: number, numClasses: number, rule: TargetRule, rng: Rng): number {
  if (numClasses === 2 || rule === 'other') {
    if (numClasses !== 2) throw new Error(`target rule 'other' needs 2 classes (got ${numClasses})`);
    return 1 - y;
  }
  if (rule === 'next') return (y + 1) % numClasses;
  return (y + 1 + rng.int(numClasses - 1)) % numClasses;
}

/** Targeted PGD of every training point toward its wrong class under N1. */
export async function mislabelledSet(
  n1: MlpWeights,
  train: LabelledSet,
  opts: ParadoxOptions,
  onProgress?: ParadoxProgress,
): Promise<{ set: LabelledSet; success: number; meanPerturbation: number }> {
  const { n, numClasses } = train;
  const clf = mlpClassifier(n1, numClasses);
  const rng = createRng(opts.seed * 977 + 3);
  const { eps, steps, norm } = opts.attack;
  const params = { eps, steps, relStepSize: opts.attack.relStepSize ?? 2.5 / Math.max(1, steps), randomStart: true, earlyStop: false };
  const count = train.labels.length;
  const points = new Float32Array(count * n);
  const labels = new Int32Array(count);
  let success = 0;
  let normSum = 0;
  for (let i = 0; i < count; i++) {
    const x0 = train.points.subarray(i * n, (i + 1) * n);
    const target = wrongTarget(train.labels[i], numClasses, opts.target, rng);
    const ctx = { model: clf, x0, label: train.labels[i], target, lo: opts.bounds.lo, hi: opts.bounds.hi, rng };
    const res = norm === 'L2' ? pgdL2(ctx, params) : pgdLinf(ctx, params);
    points.set(res.final, i * n);
    labels[i] = target;
    if (predictClass(clf.logits(res.final)) === target) success++;
    normSum += distance(points.subarray(i * n, (i + 1) * n), x0, norm);
    if (i % 50 === 49 || i === count - 1) {
      onProgress?.('attack', i + 1, count);
      await opts.checkpoint?.();
    }
  }
  return { set: { points, labels, n, numClasses }, success: success / count, meanPerturbation: normSum / count };
}

/** The whole pipeline; deterministic from opts (configs' seeds and opts.seed). */
export async function runParadox(train: LabelledSet, test: LabelledSet, opts: ParadoxOptions, onProgress?: ParadoxProgress): Promise<ParadoxResult> {
  const { config } = opts;
  const n1 =
    opts.n1 ?? (await fitMlp(train, config, { chunk: opts.chunk, checkpoint: opts.checkpoint, onProgress: (s) => onProgress?.('n1', s.epoch, config.maxEpochs, s) })).weights;
  const made = await mislabelledSet(n1, train, opts, onProgress);
  const n2Config = opts.n2Config ?? { ...config, seed: config.seed + 1 };
  await opts.checkpoint?.();
  const fit2 = await fitMlp(made.set, n2Config, { chunk: opts.chunk, checkpoint: opts.checkpoint, onProgress: (s) => onProgress?.('n2', s.epoch, n2Config.maxEpochs, s) });
  const K = test.numClasses;
  const counts = new Array<number>(K).fill(0);
  for (const l of test.labels) counts[l]++;
  return {
    n1,
    n2: fit2.weights,
    adversarial: made.set,
    originalLabels: train.labels.slice(),
    attackSuccess: made.success,
    meanPerturbation: made.meanPerturbation,
    n1TrainAccuracy: accuracy(n1, train),
    n1TestAccuracy: accuracy(n1, test),
    n2TestAccuracy: accuracy(fit2.weights, test),
    n2MislabelledAccuracy: accuracy(fit2.weights, made.set),
    n2CleanTrainAccuracy: accuracy(fit2.weights, train),
    chance: 1 / K,
    majority: Math.max(...counts) / Math.max(1, test.labels.length),
    n2Epochs: fit2.stats.epoch,
  };
}
