import type { MlpWeights } from '../core/model/mlpWeights';

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

/** Weights handed over by "Load scene" through a reload (read once). */
export function takeResume(): { weights: MlpWeights; epoch: number } | undefined {
  try {
    const text = sessionStorage.getItem(RESUME_KEY);
    sessionStorage.removeItem(RESUME_KEY);
    if (!text) return undefined;
    const r = JSON.parse(text) as { epoch: number; weights: { activation: MlpWeights['activation']; layers: { inDim: number; outDim: number; W: number[]; b: number[] }[] } };
    return { epoch: r.epoch, weights: { activation: r.weights.activation, layers: r.weights.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Float32Array.from(l.W), b: Float32Array.from(l.b) })) } };
  } catch {
    return undefined;
  }
}
