/**
 * The Image lab's imported models inside a scene file: the data set and shipped k they were
 * used with, and each model as a self-contained bundle (importedModelBundle.ts: files as base64,
 * name, input shape, SHA-256). Only the shape of this section is checked here; the hash, the
 * shard sizes and the input shape are checked by the worker when the model is imported again,
 * so a bad model is refused with its reason while the rest of the scene still loads.
 */
import { z } from 'zod';
import { IMAGE_DATASET_IDS, type ImageDatasetId } from '../core/datasets/mnist14';
import { modelBundleSchema, type ModelBundle } from '../core/model/importedModelBundle';

export const sceneModelsSchema = z.object({
  dataset: z.enum(IMAGE_DATASET_IDS),
  k: z.number().int().positive(),
  classifier: modelBundleSchema.nullable(),
  autoencoder: modelBundleSchema.nullable(),
});

export type SceneModels = z.infer<typeof sceneModelsSchema>;

/** The section for a scene file, or undefined when nothing is imported. */
export function sceneModelsOf(
  dataset: ImageDatasetId,
  k: number,
  bundles: { classifier: ModelBundle | null; autoencoder: ModelBundle | null },
): SceneModels | undefined {
  if (!bundles.classifier && !bundles.autoencoder) return undefined;
  return { dataset, k, classifier: bundles.classifier, autoencoder: bundles.autoencoder };
}

export type ParsedSceneModels = { ok: true; models: SceneModels } | { ok: false; message: string };

export function parseSceneModels(raw: unknown): ParsedSceneModels {
  const p = sceneModelsSchema.safeParse(raw);
  if (p.success) return { ok: true, models: p.data };
  const i = p.error.issues[0];
  return { ok: false, message: `the scene's imported models are damaged (models.${i?.path.join('.') || ''}: ${i?.message})` };
}

/** "1.4 MB" for a byte count. */
export function sizeText(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** What a saved scene embeds, e.g. "the imported classifier m (1.4 MB)"; null when nothing. */
export function embeddedModelsText(models: SceneModels | undefined): string | null {
  if (!models) return null;
  const part = (role: string, b: ModelBundle | null) =>
    b && `the imported ${role} ${b.name} (${sizeText(b.files.reduce((s, f) => s + f.base64.length, 0))})`;
  return [part('classifier', models.classifier), part('autoencoder', models.autoencoder)].filter(Boolean).join(' and ');
}
