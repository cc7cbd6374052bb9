import { z } from 'zod';
import type { MlpWeights } from '../core/model/mlpWeights';
import { resumeJsonSchema, weightsFromJson, weightsToJson } from '../core/model/weightsJson';
import { historyFromJson, historyToJson, runHistoryJsonSchema, type RunHistory } from '../core/model/runHistory';

/** Weights to start from, with the epoch and (from a scene file) the run's recorded history. */
export interface Resume {
  weights: MlpWeights;
  epoch: number;
  history?: RunHistory;
  /** Why the history is missing (an older scene file, too large to hand over): shown once loaded. */
  historyNote?: string;
}

export const HISTORY_ABSENT =
  'This scene file holds no training history (it was saved by an older version): the weights and metrics are restored, the timeline and charts start at this epoch.';
const HISTORY_TOO_LARGE =
  "The scene's training history was too large for the browser's session storage: the weights and metrics are restored, the timeline and charts start at this epoch.";

const handOverSchema = resumeJsonSchema.extend({ history: runHistoryJsonSchema.optional(), historyNote: z.string().max(400).optional() });

/** Keys of what the browser keeps between visits: the last scene's query, and weights to resume. */
export const SCENE_KEY = 'dimpled-manifold-lab:scene';
export const RESUME_KEY = 'dimpled-manifold-lab:resume';

export function rememberScene(query: string): void {
  try {
    localStorage.setItem(SCENE_KEY, query);
  } catch {
    // Private mode or a full quota: the URL still holds the scene.
  }
}

export function rememberedScene(): string | null {
  try {
    return localStorage.getItem(SCENE_KEY);
  } catch {
    return null;
  }
}

/**
 * Hand weights (and history) over to the next page load ("Load scene" reloads with the scene's
 * query). Returns false when session storage refuses even the weights alone.
 */
export function stashResume(resume: Resume): boolean {
  const base = { epoch: resume.epoch, weights: weightsToJson(resume.weights), historyNote: resume.historyNote };
  const bodies = resume.history
    ? [
        { ...base, history: historyToJson(resume.history) },
        { ...base, historyNote: HISTORY_TOO_LARGE },
      ]
    : [base];
  for (const body of bodies) {
    try {
      sessionStorage.setItem(RESUME_KEY, JSON.stringify(body));
      return true;
    } catch {
      // Over the storage quota with the history: try the weights alone.
    }
  }
  return false;
}

/** Weights handed over by "Load scene" through a reload (read once; damaged ones are dropped). */
export function takeResume(): Resume | undefined {
  try {
    const text = sessionStorage.getItem(RESUME_KEY);
    sessionStorage.removeItem(RESUME_KEY);
    if (!text) return undefined;
    const r = handOverSchema.parse(JSON.parse(text));
    return {
      epoch: r.epoch,
      weights: weightsFromJson(r.weights),
      ...(r.history ? { history: historyFromJson(r.history) } : {}),
      ...(r.historyNote ? { historyNote: r.historyNote } : {}),
    };
  } catch {
    return undefined;
  }
}
