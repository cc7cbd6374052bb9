/**
 * Per-epoch data of the image-training run, kept outside React (as liveData.ts is for the
 * toys): every epoch's metrics, the slices at the snapshot epochs and the latest live slice.
 * Charts and canvases compare `version` to know when to redraw.
 */
import type { AttackPatch, DigitSlice, EpochRecord } from '../engine/imageTraining/trainingTypes';

/** An epoch's metrics without its slice (what the charts, CSV and scene file read). */
export type EpochMetrics = Omit<EpochRecord, 'slice' | 'kind'>;

export const trainingLive: {
  version: number;
  records: EpochMetrics[];
  /** Slices at the snapshot epochs, by epoch. */
  slices: Map<number, DigitSlice>;
  latest: DigitSlice | null;
} = { version: 0, records: [], slices: new Map(), latest: null };

export function clearTrainingLive(): void {
  trainingLive.records = [];
  trainingLive.slices = new Map();
  trainingLive.latest = null;
  trainingLive.version++;
}

export function recordEpoch(r: EpochRecord): void {
  const { slice, kind: _kind, ...metrics } = r;
  const recs = trainingLive.records;
  while (recs.length && recs[recs.length - 1].epoch >= r.epoch) recs.pop();
  recs.push(metrics);
  if (slice) {
    trainingLive.latest = slice;
    if (r.snapshot) trainingLive.slices.set(r.epoch, slice);
  }
  trainingLive.version++;
}

/** An earlier epoch's attack probe, run later (init's waits for the first epoch's measured time). */
export function recordAttack(p: AttackPatch): void {
  const r = trainingLive.records.find((x) => x.epoch === p.epoch);
  if (!r) return;
  r.attack = p.attack;
  trainingLive.version++;
}

export function storeSlice(s: DigitSlice): void {
  trainingLive.slices.set(s.epoch, s);
  trainingLive.version++;
}

/** Replace the records (a run loaded from a scene file). */
export function loadRecords(records: EpochMetrics[]): void {
  clearTrainingLive();
  trainingLive.records = records;
  trainingLive.version++;
}
