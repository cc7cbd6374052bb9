/**
 * The recorded history of a training run, as scene files keep it: the timeline's weight
 * snapshots (what the scrubber and the epoch panels replay) and the chart series (loss and
 * accuracy per stats event, clinging C(t) per metrics event). JSON form through zod; weights
 * through the one weights codec (weightsJson.ts). A diverged run's NaN values travel as null.
 */
import { z } from 'zod';
import type { MlpWeights } from './mlpWeights';
import { mlpWeightsJsonSchema, weightsFromJson, weightsToJson } from './weightsJson';

export interface TimelineSnapshot {
  epoch: number;
  clinging: number;
  accuracy: number;
  loss: number;
  weights: MlpWeights;
}

export interface RunHistory {
  timeline: TimelineSnapshot[];
  curve: { epoch: number[]; loss: number[]; accuracy: number[] };
  clinging: { epoch: number[]; value: number[] };
}

/** Most timeline snapshots a run keeps (engine/weightTimeline.ts thins to this). */
export const MAX_SNAPSHOTS = 400;
/** Most chart points a series keeps (store/liveData.ts halves older points past this). */
export const MAX_SERIES = 4000;

const num = z.number().nullable();
const series = z.array(num).max(MAX_SERIES + 1);
const epochs = z.array(z.number().int().min(0)).max(MAX_SERIES + 1);

export const runHistoryJsonSchema = z.object({
  timeline: z
    .array(z.object({ epoch: z.number().int().min(0), clinging: num, accuracy: num, loss: num, weights: mlpWeightsJsonSchema }))
    .max(MAX_SNAPSHOTS),
  curve: z.object({ epoch: epochs, loss: series, accuracy: series }),
  clinging: z.object({ epoch: epochs, value: series }),
});
export type RunHistoryJson = z.infer<typeof runHistoryJsonSchema>;

const toJsonNum = (v: number): number | null => (Number.isFinite(v) ? v : null);
const fromJsonNum = (v: number | null): number => (v === null ? NaN : v);

export function historyToJson(h: RunHistory): RunHistoryJson {
  return {
    timeline: h.timeline.map((s) => ({
      epoch: s.epoch,
      clinging: toJsonNum(s.clinging),
      accuracy: toJsonNum(s.accuracy),
      loss: toJsonNum(s.loss),
      weights: weightsToJson(s.weights),
    })),
    curve: { epoch: [...h.curve.epoch], loss: h.curve.loss.map(toJsonNum), accuracy: h.curve.accuracy.map(toJsonNum) },
    clinging: { epoch: [...h.clinging.epoch], value: h.clinging.value.map(toJsonNum) },
  };
}

/** Typed history from its JSON form; throws an Error saying what does not fit (series lengths, weights). */
export function historyFromJson(j: RunHistoryJson): RunHistory {
  const { curve, clinging } = j;
  if (curve.loss.length !== curve.epoch.length || curve.accuracy.length !== curve.epoch.length)
    throw new Error('the loss and accuracy series do not match their epochs');
  if (clinging.value.length !== clinging.epoch.length) throw new Error('the clinging series does not match its epochs');
  const timeline = j.timeline.map((s, i) => {
    try {
      return {
        epoch: s.epoch,
        clinging: fromJsonNum(s.clinging),
        accuracy: fromJsonNum(s.accuracy),
        loss: fromJsonNum(s.loss),
        weights: weightsFromJson(s.weights),
      };
    } catch (err) {
      throw new Error(`timeline snapshot ${i + 1} (epoch ${s.epoch}): ${(err as Error).message}`, { cause: err });
    }
  });
  return {
    timeline,
    curve: { epoch: [...curve.epoch], loss: curve.loss.map(fromJsonNum), accuracy: curve.accuracy.map(fromJsonNum) },
    clinging: { epoch: [...clinging.epoch], value: clinging.value.map(fromJsonNum) },
  };
}
