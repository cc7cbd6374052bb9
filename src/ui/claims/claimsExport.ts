/** CSV and JSON of the claims results (the tables follow core/experiments/report.ts). */
import type { DimpleSummary } from '../../core/experiments/dimpleComparison';
import { alignmentTable, jsonReplacer, toCsv, type Table } from '../../core/experiments/report';
import type { ImageAdvOutcome } from '../../engine/claimsImageTypes';
import type { AdvTrainingOutcome, AlignmentOutcome, ParadoxOutcome } from '../../engine/claimsTypes';

export const toJson = (o: unknown): string => JSON.stringify(o, jsonReplacer, 1);

/** init / standard / adversarial: C, median |D_i|, share |D_i| >= eps, training accuracy. */
export function advSummaryTable(o: AdvTrainingOutcome): Table {
  const { eps, epochs } = o.request;
  const row = (name: string, s: DimpleSummary) => [name, s.clinging, s.medianAbsD, s.fracAtLeastEps, s.accuracy];
  return {
    header: ['network', 'C', 'median |D_i|', `share |D_i| >= ${eps}`, 'train accuracy'],
    rows: [row('init', o.before), row(`standard (${epochs} ep)`, o.standard), row(`adversarial (${epochs} ep)`, o.adversarial)],
  };
}

/** One row per training point: its label, coordinates and D_i at init and after each arm. */
export function advDimplesTable(o: AdvTrainingOutcome, points: Float32Array, labels: Int32Array): Table {
  const n = points.length / Math.max(1, labels.length);
  const coords = Array.from({ length: n }, (_, j) => `x${j}`);
  return {
    header: ['point', 'label', ...coords, 'D init', 'D standard', 'D adversarial'],
    rows: Array.from(labels, (l, i) => [
      i,
      l,
      ...Array.from(points.subarray(i * n, (i + 1) * n)),
      o.before.dimples[i],
      o.standard.dimples[i],
      o.adversarial.dimples[i],
    ]),
  };
}

export function paradoxSummaryTable(o: ParadoxOutcome): Table {
  return {
    header: [
      'N1 train acc',
      'N1 test acc',
      'attack success',
      'mean |delta|',
      'N2 clean test acc',
      'N2 acc on own (mislabelled) set',
      'N2 clean train acc',
      'chance',
      'majority',
      'N2 epochs',
      'test points',
    ],
    rows: [
      [
        o.n1TrainAccuracy,
        o.n1TestAccuracy,
        o.attackSuccess,
        o.meanPerturbation,
        o.n2TestAccuracy,
        o.n2MislabelledAccuracy,
        o.n2CleanTrainAccuracy,
        o.chance,
        o.majority,
        o.n2Epochs,
        o.testCount,
      ],
    ],
  };
}

/** N2's training set: each adversarial point with its true and its (wrong) training label. */
export function paradoxPointsTable(o: ParadoxOutcome): Table {
  const count = o.adversarialLabels.length;
  const n = o.adversarialPoints.length / Math.max(1, count);
  return {
    header: ['point', 'true label', 'N2 label', ...Array.from({ length: n }, (_, j) => `x${j}`)],
    rows: Array.from(o.adversarialLabels, (l, i) => [
      i,
      o.originalLabels[i],
      l,
      ...Array.from(o.adversarialPoints.subarray(i * n, (i + 1) * n)),
    ]),
  };
}

/** One row per evaluation image: each network's L2 boundary distance, rho_d and rho_g (NaN: misclassified / not reached). */
export function imageAdvPerImageTable(o: ImageAdvOutcome): Table {
  const [s, a] = o.arms.map((arm) => arm.robustness);
  return {
    header: [
      'image',
      'standard L2 boundary distance',
      'standard rho_d',
      'standard rho_g',
      'adversarial L2 boundary distance',
      'adversarial rho_d',
      'adversarial rho_g',
    ],
    rows: Array.from(s.flipNorms, (d, i) => [i, d, s.rhoDelta[i], s.rhoGrad[i], a.flipNorms[i], a.rhoDelta[i], a.rhoGrad[i]]),
  };
}

export const advSummaryCsv = (o: AdvTrainingOutcome) => toCsv(advSummaryTable(o));
export const paradoxCsv = (o: ParadoxOutcome) => toCsv(paradoxSummaryTable(o));
export const alignCsv = (o: Pick<AlignmentOutcome, 'points' | 'nullMean' | 'nullLo' | 'nullHi' | 'k' | 'n'>) => toCsv(alignmentTable(o));
export { toCsv };
