import { z } from 'zod';
import { binaryKind } from '../core/binaryText';
import type { MlpWeights } from '../core/model/mlpWeights';
import { mlpWeightsJsonSchema, weightsFromJson, weightsToJson } from '../core/model/weightsJson';
import { sceneFileProblem } from './sceneFileProblem';
import { historyFromJson, historyToJson, runHistoryJsonSchema, type RunHistory } from '../core/model/runHistory';

/**
 * A saved scene: the link's query (settings, points, camera, hide flags) plus, optionally, the
 * trained weights so loading it continues where the user left off, and the run's history
 * (timeline snapshots and chart series) so the timeline and charts come back too, and the Image
 * lab's imported models (sceneModels.ts). Files saved before the history existed still load.
 * Validated before use; a damaged image run or model is reported on its own and the rest loads.
 */
export const sceneFileSchema = z.object({
  app: z.literal('dimpled-manifold-lab'),
  version: z.literal(1),
  query: z.string().max(200_000),
  epoch: z.number().int().min(0).optional(),
  weights: mlpWeightsJsonSchema.optional(),
  history: runHistoryJsonSchema.optional(),
  /** An image-training run (settings, seed, metrics), validated by imageRunFile.ts when shown. */
  imageRun: z.unknown().optional(),
  /** The Image lab's imported classifier / autoencoder, validated by sceneModels.ts after the reload. */
  models: z.unknown().optional(),
});

export type SceneFile = z.infer<typeof sceneFileSchema>;

/** Characters a scene file may have. */
export const SCENE_FILE_LIMIT = 150_000_000;

export function sceneFileText(
  query: string,
  weights?: { weights: MlpWeights; epoch: number },
  history?: RunHistory,
  imageRun?: unknown,
  models?: unknown,
): string {
  const file: SceneFile = {
    app: 'dimpled-manifold-lab',
    version: 1,
    query,
    ...(imageRun ? { imageRun } : {}),
    ...(models ? { models } : {}),
    ...(weights ? { epoch: weights.epoch, weights: weightsToJson(weights.weights) } : {}),
    ...(weights && history ? { history: historyToJson(history) } : {}),
  };
  return JSON.stringify(file);
}

export type ParsedScene =
  | {
      ok: true;
      query: string;
      resume?: { weights: MlpWeights; epoch: number; history?: RunHistory };
      imageRun?: unknown;
      models?: unknown;
    }
  | { ok: false; message: string };

export function parseSceneFile(text: string): ParsedScene {
  // Embedded models make a scene as large as their weights (4/3 of them as base64).
  if (text.length > SCENE_FILE_LIMIT) return { ok: false, message: `The scene file is too large (over ${SCENE_FILE_LIMIT / 1e6} MB).` };
  const binary = binaryKind(text);
  if (binary)
    return { ok: false, message: `The scene file is not text (it looks like ${binary}): choose a .json saved with Share → Save scene….` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The scene file is not valid JSON.' };
  }
  const p = sceneFileSchema.safeParse(raw);
  if (!p.success) return { ok: false, message: sceneFileProblem(p.error.issues[0], raw) };
  const { query, weights, epoch, history, imageRun, models } = p.data;
  const run = { ...(imageRun ? { imageRun } : {}), ...(models ? { models } : {}) };
  if (!weights) return { ok: true, query, ...run };
  let w: MlpWeights;
  try {
    w = weightsFromJson(weights);
  } catch (err) {
    return { ok: false, message: `The weights in the scene file are damaged (${(err as Error).message}).` };
  }
  if (!history) return { ok: true, query, ...run, resume: { epoch: epoch ?? 0, weights: w } };
  try {
    return { ok: true, query, ...run, resume: { epoch: epoch ?? 0, weights: w, history: historyFromJson(history) } };
  } catch (err) {
    return { ok: false, message: `The history in the scene file is damaged (${(err as Error).message}).` };
  }
}
