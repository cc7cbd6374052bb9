/**
 * models/manifest.json: what each pretrained image model is, how it was trained and how well it
 * does (written by scripts/models/train.ts, read by the app and the tests).
 */
import { z } from 'zod';
import { IMAGE_DATASET_IDS } from '../datasets/mnist14';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const dataRef = z.object({ file: z.string(), count: z.number().int().positive(), sha256: hash });

export const modelEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['classifier', 'autoencoder']),
  dataset: z.enum(IMAGE_DATASET_IDS),
  /** model.json relative to the models/ folder; weights.bin sits next to it. */
  path: z.string(),
  architecture: z.string(),
  /** The builder config (imageModels.ts) that rebuilds the untrained network. */
  config: z.record(z.string(), z.unknown()),
  inputShape: z.tuple([z.null(), z.number().int().positive()]),
  latentK: z.number().int().positive().nullable(),
  numClasses: z.number().int().positive().nullable(),
  parameters: z.number().int().positive(),
  metrics: z.object({
    testAccuracy: z.number().optional(),
    trainAccuracy: z.number().optional(),
    /** Mean squared error per pixel, intensities in [0, 1]. */
    testMse: z.number().optional(),
    trainMse: z.number().optional(),
  }),
  training: z.object({
    epochs: z.number().int().positive(),
    batchSize: z.number().int().positive(),
    optimizer: z.string(),
    learningRate: z.number().positive(),
    schedule: z.string(),
    loss: z.string(),
    augmentation: z.string(),
    seed: z.number(),
    trainSeconds: z.number(),
    finalLoss: z.number(),
  }),
  data: z.object({ train: dataRef, test: dataRef }),
  tfjsVersion: z.string(),
  backend: z.string(),
  date: z.string(),
});

export const modelManifestSchema = z.object({ version: z.literal(1), models: z.array(modelEntrySchema) });

export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type ModelManifest = z.infer<typeof modelManifestSchema>;

export function parseModelManifest(json: unknown): ModelManifest {
  const r = modelManifestSchema.safeParse(json);
  if (!r.success) throw new Error(`models/manifest.json is invalid: ${r.error.message}`);
  return r.data;
}

export function findModel(manifest: ModelManifest, id: string): ModelEntry {
  const m = manifest.models.find((e) => e.id === id);
  if (!m) throw new Error(`model "${id}" is not in the manifest (have: ${manifest.models.map((e) => e.id).join(', ')})`);
  return m;
}
