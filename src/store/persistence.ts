import type { MlpWeights } from '../core/model/mlpWeights';
import { resumeJsonSchema, weightsFromJson, weightsToJson } from '../core/model/weightsJson';

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

/** Hand weights over to the next page load ("Load scene" reloads with the scene's query). */
export function stashResume(resume: { weights: MlpWeights; epoch: number }): void {
  sessionStorage.setItem(RESUME_KEY, JSON.stringify({ epoch: resume.epoch, weights: weightsToJson(resume.weights) }));
}

/** Weights handed over by "Load scene" through a reload (read once; damaged ones are dropped). */
export function takeResume(): { weights: MlpWeights; epoch: number } | undefined {
  try {
    const text = sessionStorage.getItem(RESUME_KEY);
    sessionStorage.removeItem(RESUME_KEY);
    if (!text) return undefined;
    const r = resumeJsonSchema.parse(JSON.parse(text));
    return { epoch: r.epoch, weights: weightsFromJson(r.weights) };
  } catch {
    return undefined;
  }
}
