/**
 * The image run's metrics as CSV (one row per epoch; attack columns empty on epochs the
 * attack probe skipped) and as JSON (settings, probe, every record, each with the attack cadence
 * then in force). Each ρ has both nulls (docs/science.md §4): the isotropic k/n with its Beta 95 %
 * band, and the support-matched one (the vector's own per-pixel magnitudes, random signs), the
 * fairer yardstick on images. The CSV is written by core/csv.ts, the app's one CSV writer (RFC 4180, CRLF).
 */
import type { ImageTrainSettings, ProbeInfo, TrainRunInfo } from '../engine/imageTraining/trainingTypes';
import { writeCsv } from '../core/csv';
import type { Stat } from '../core/stats';
import type { EpochMetrics } from './imageTrainingLive';

type Column = [string, (r: EpochMetrics, p: ProbeInfo | null) => number | null | undefined];
type Band = { readonly mean: number; readonly lo: number; readonly hi: number };

/** `<name>_mean` and `<name>_median` of a per-epoch statistic (absent: both empty). */
const meanMedian = (name: string, get: (r: EpochMetrics) => Stat | undefined): Column[] => [
  [`${name}_mean`, (r) => get(r)?.mean],
  [`${name}_median`, (r) => get(r)?.median],
];

/** A null's mean as `<name>`, its 95 % band as `<name>_lo` and `<name>_hi` (absent: all three empty). */
const band = (name: string, get: (r: EpochMetrics, p: ProbeInfo | null) => Band | undefined): Column[] => [
  [name, (r, p) => get(r, p)?.mean],
  [`${name}_lo`, (r, p) => get(r, p)?.lo],
  [`${name}_hi`, (r, p) => get(r, p)?.hi],
];

const COLUMNS: Column[] = [
  ['epoch', (r) => r.epoch],
  ['steps', (r) => r.steps],
  ['train_seconds', (r) => r.trainSeconds],
  ['metric_seconds', (r) => r.metricSeconds],
  ['pass_seconds_evaluation', (r) => r.passSeconds.evaluation],
  ['pass_seconds_gradient', (r) => r.passSeconds.gradient],
  ['pass_seconds_slice', (r) => r.passSeconds.slice],
  ['pass_seconds_attack', (r) => r.passSeconds.attack],
  ['metric_share', (r) => (r.trainSeconds > 0 ? r.metricSeconds / r.trainSeconds : null)],
  ['train_loss_running_mean', (r) => r.trainLoss],
  ['train_loss_after_epoch', (r) => r.trainLossAfter],
  ['train_accuracy', (r) => r.trainAccuracy],
  ['test_loss', (r) => r.testLoss],
  ['test_accuracy', (r) => r.testAccuracy],
  ...meanMedian('rho_g', (r) => r.rhoGrad),
  ['rho_g_count', (r) => r.rhoGrad.count],
  ...band('null_kn', (_r, p) => (p ? { mean: p.nullMean, lo: p.nullLo, hi: p.nullHi } : undefined)),
  ...band('rho_g_null_support', (r) => r.gradNull),
  ...meanMedian('l2_free', (r) => r.attack?.free),
  ...meanMedian('l2_on', (r) => r.attack?.on),
  ...meanMedian('l2_off', (r) => r.attack?.off),
  ['r_on', (r) => r.attack?.rOn],
  ['r_off', (r) => r.attack?.rOff],
  ['consistency', (r) => r.attack?.consistency],
  ...meanMedian('rho_delta', (r) => r.attack?.rhoDelta),
  ...band('rho_delta_null_support', (r) => r.attack?.deltaNull),
  ['delta_support_pixels', (r) => r.attack?.deltaNull.support],
  ['attacked', (r) => r.attack?.attacked],
  ['all_three_flipped', (r) => r.attack?.complete],
];

/** One row per epoch; the k/n columns come from the run's probe (empty without it). */
export function trainingCsv(records: readonly EpochMetrics[], probe: ProbeInfo | null = null): string {
  return writeCsv(
    COLUMNS.map((c) => c[0]),
    records.map((r) => COLUMNS.map(([, f]) => f(r, probe))),
  );
}

export interface ImageRunExport {
  kind: 'image-training-run';
  settings: Omit<ImageTrainSettings, 'dataBase'>;
  info: TrainRunInfo | null;
  records: EpochMetrics[];
}

export function trainingRun(settings: ImageTrainSettings, info: TrainRunInfo | null, records: EpochMetrics[]): ImageRunExport {
  const { dataBase: _b, ...rest } = settings;
  return { kind: 'image-training-run', settings: rest, info, records };
}
