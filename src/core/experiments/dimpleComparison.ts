/**
 * Standard vs adversarial training on the same toy data, init and batches, measured by
 * clinging C and dimple depths D_i (docs/science.md §6). The DMM predicts (§1 item 4, §6) that
 * adversarial training pushes |D_i| to about eps while C stays small.
 */
import type { LabDataset } from '../datasets';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import { computeMetrics } from '../geometry/snapshotMetrics';
import { median } from '../stats';
import { accuracy, asSet } from './evaluate';
import { adversarialTrain, type AdvEpochRecord, type AdversarialOptions } from './adversarialTraining';

export interface DimpleSummary {
  clinging: number;
  /** Signed D_i per training point (negative = misclassified), capped at the normal cap. */
  dimples: Float32Array;
  medianAbsD: number;
  /** Share of training points with |D_i| >= eps. */
  fracAtLeastEps: number;
  accuracy: number;
}

export interface TrainedArm {
  weights: MlpWeights;
  history: AdvEpochRecord[];
  after: DimpleSummary;
}

export interface TrainingComparison {
  eps: number;
  epochs: number;
  /** The shared seeded init, before any training. */
  before: DimpleSummary;
  standard: TrainedArm;
  adversarial: TrainedArm;
}

/** C, D_i and their summaries for one weight snapshot (exact path for 1-hidden-layer ReLU). */
export function dimpleSummary(w: MlpWeights, dataset: LabDataset, eps: number): DimpleSummary {
  const scene = { spec: dataset.spec, points: dataset.points, labels: dataset.labels, numClasses: dataset.numClasses };
  const { clinging, dimples } = computeMetrics(w, dataset.manifold, scene);
  const abs = Array.from(dimples, Math.abs);
  return {
    clinging,
    dimples,
    medianAbsD: median(abs),
    fracAtLeastEps: abs.filter((d) => d >= eps).length / Math.max(1, abs.length),
    accuracy: accuracy(w, asSet(dataset)),
  };
}

/** Train both arms for `epochs` epochs (mix = 0 for the standard arm) and measure them. */
export async function compareAdversarialTraining(
  dataset: LabDataset,
  config: TrainConfig,
  adv: AdversarialOptions,
  epochs: number,
  onEpoch?: (arm: 'standard' | 'adversarial', r: AdvEpochRecord) => void,
): Promise<TrainingComparison> {
  const set = asSet(dataset);
  const bounds = dataset.manifold.bounds;
  const std = await adversarialTrain(set, config, { ...adv, mix: 0 }, bounds, epochs, (r) => onEpoch?.('standard', r));
  const adt = await adversarialTrain(set, config, adv, bounds, epochs, (r) => onEpoch?.('adversarial', r));
  return {
    eps: adv.eps,
    epochs,
    before: dimpleSummary(std.initial, dataset, adv.eps),
    standard: { weights: std.weights, history: std.history, after: dimpleSummary(std.weights, dataset, adv.eps) },
    adversarial: { weights: adt.weights, history: adt.history, after: dimpleSummary(adt.weights, dataset, adv.eps) },
  };
}
