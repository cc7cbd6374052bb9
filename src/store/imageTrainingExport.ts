/**
 * The image run's metrics as CSV (one row per epoch; attack columns empty on epochs the
 * attack probe skipped) and as JSON (settings, probe, every record). The CSV goes through
 * `csvText`, this file's one writer, so it can move to a shared one in one place.
 */
import type { ImageTrainSettings, TrainRunInfo } from '../engine/imageTraining/trainingTypes';
import type { EpochMetrics } from './imageTrainingLive';

const COLUMNS: [string, (r: EpochMetrics) => number | null | undefined][] = [
  ['epoch', (r) => r.epoch],
  ['steps', (r) => r.steps],
  ['train_seconds', (r) => r.trainSeconds],
  ['metric_seconds', (r) => r.metricSeconds],
  ['train_loss', (r) => r.trainLoss],
  ['train_accuracy', (r) => r.trainAccuracy],
  ['test_loss', (r) => r.testLoss],
  ['test_accuracy', (r) => r.testAccuracy],
  ['rho_g_mean', (r) => r.rhoGrad.mean],
  ['rho_g_median', (r) => r.rhoGrad.median],
  ['rho_g_count', (r) => r.rhoGrad.count],
  ['l2_free_mean', (r) => r.attack?.free.mean],
  ['l2_free_median', (r) => r.attack?.free.median],
  ['l2_on_mean', (r) => r.attack?.on.mean],
  ['l2_on_median', (r) => r.attack?.on.median],
  ['l2_off_mean', (r) => r.attack?.off.mean],
  ['l2_off_median', (r) => r.attack?.off.median],
  ['r_on', (r) => r.attack?.rOn],
  ['r_off', (r) => r.attack?.rOff],
  ['consistency', (r) => r.attack?.consistency],
  ['rho_delta_mean', (r) => r.attack?.rhoDelta.mean],
  ['rho_delta_median', (r) => r.attack?.rhoDelta.median],
  ['attacked', (r) => r.attack?.attacked],
  ['all_three_flipped', (r) => r.attack?.complete],
];

/** RFC 4180 text of a header and rows of numbers ('' for missing / non-finite). */
export function csvText(header: readonly string[], rows: readonly (readonly (number | null | undefined)[])[]): string {
  const cell = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(v));
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

export function trainingCsv(records: readonly EpochMetrics[]): string {
  return csvText(
    COLUMNS.map((c) => c[0]),
    records.map((r) => COLUMNS.map(([, f]) => f(r))),
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
