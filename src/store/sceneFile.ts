import { z } from 'zod';
import type { MlpWeights } from '../core/model/mlpWeights';

/**
 * A saved scene: the link's query (settings, points, camera, hide flags) plus, optionally, the
 * trained weights so loading it continues where the user left off. Validated before use.
 */
const layerSchema = z.object({ inDim: z.number().int().min(1).max(4096), outDim: z.number().int().min(1).max(4096), W: z.array(z.number()), b: z.array(z.number()) });
export const sceneFileSchema = z.object({
  app: z.literal('dimpled-manifold-lab'),
  version: z.literal(1),
  query: z.string().max(200_000),
  epoch: z.number().int().min(0).optional(),
  weights: z.object({ activation: z.enum(['relu', 'tanh', 'elu', 'softplus', 'sigmoid', 'linear']), layers: z.array(layerSchema).min(1).max(8) }).optional(),
});

export type SceneFile = z.infer<typeof sceneFileSchema>;

export function sceneFileText(query: string, weights?: { weights: MlpWeights; epoch: number }): string {
  const file: SceneFile = {
    app: 'dimpled-manifold-lab',
    version: 1,
    query,
    ...(weights
      ? { epoch: weights.epoch, weights: { activation: weights.weights.activation, layers: weights.weights.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Array.from(l.W), b: Array.from(l.b) })) } }
      : {}),
  };
  return JSON.stringify(file);
}

export function parseSceneFile(text: string): { ok: true; query: string; resume?: { weights: MlpWeights; epoch: number } } | { ok: false; message: string } {
  if (text.length > 20_000_000) return { ok: false, message: 'The scene file is too large (over 20 MB).' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The scene file is not valid JSON.' };
  }
  const p = sceneFileSchema.safeParse(raw);
  if (!p.success) return { ok: false, message: `This is not a Dimpled Manifold Lab scene file (${p.error.issues[0]?.path.join('.') || 'root'}: ${p.error.issues[0]?.message}).` };
  const { query, weights, epoch } = p.data;
  if (!weights) return { ok: true, query };
  const bad = weights.layers.some((l) => l.W.length !== l.inDim * l.outDim || l.b.length !== l.outDim || !l.W.every(Number.isFinite) || !l.b.every(Number.isFinite));
  if (bad) return { ok: false, message: 'The weights in the scene file are damaged (wrong sizes or non-finite numbers).' };
  return {
    ok: true,
    query,
    resume: { epoch: epoch ?? 0, weights: { activation: weights.activation, layers: weights.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Float32Array.from(l.W), b: Float32Array.from(l.b) })) } },
  };
}
