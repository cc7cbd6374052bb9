/**
 * Reading an image-training run back (its JSON export, or the `imageRun` of a scene file):
 * validated with zod so a damaged or foreign file is refused with a clear message and nothing
 * changes. JSON turns NaN into null; numbers come back as NaN where they were missing.
 */
import { z } from 'zod';
import { IMAGE_DATASET_IDS } from '../core/datasets/mnist14';
import type { ImageRunExport } from './imageTrainingExport';
import type { EpochMetrics } from './imageTrainingLive';
import { binaryKind } from '../core/binaryText';

const num = z
  .number()
  .nullable()
  .transform((v) => v ?? NaN);
const stat = z.object({ count: z.number().int().min(0), mean: num, median: num, q25: num, q75: num, sd: num });
/** A support-matched null band; files written before it was measured read as NaN. */
const band = z.object({ mean: num, lo: num, hi: num, support: num, count: z.number().int().min(0) });
const NO_BAND = { mean: NaN, lo: NaN, hi: NaN, support: NaN, count: 0 };
const bandOrNone = band.optional().transform((v) => v ?? NO_BAND);
const attack = z.object({
  free: stat,
  on: stat,
  off: stat,
  rhoDelta: stat,
  deltaNull: bandOrNone,
  rOn: z.number().nullable(),
  rOff: z.number().nullable(),
  consistency: z.number().nullable(),
  complete: z.number().int().min(0),
  attacked: z.number().int().min(0),
  seconds: z.number().min(0),
});
const record = z.object({
  epoch: z.number().int().min(0).max(1e6),
  steps: z.number().int().min(0),
  trainSeconds: num,
  metricSeconds: num,
  passSeconds: z
    .object({ evaluation: num, gradient: num, slice: num, attack: num })
    .optional()
    .transform((v) => v ?? { evaluation: NaN, gradient: NaN, slice: NaN, attack: NaN }),
  trainLoss: num,
  trainLossAfter: num.optional().transform((v) => v ?? NaN),
  trainAccuracy: num,
  testLoss: num,
  testAccuracy: num,
  rhoGrad: stat,
  gradNull: bandOrNone,
  attack: attack.nullable(),
  cadence: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => v ?? ''),
  snapshot: z.boolean(),
});
const settings = z.object({
  dataset: z.enum(IMAGE_DATASET_IDS),
  model: z.enum(['mlp', 'cnn']),
  optimizer: z.enum(['adam', 'sgd']),
  learningRate: z.number().positive(),
  batchSize: z.number().int().positive(),
  epochs: z.number().int().positive(),
  initScale: z.number().positive(),
  weightDecay: z.number().min(0),
  seed: z.number().int().min(0),
  k: z.number().int().positive(),
  sliceIndex: z.number().int().min(0),
  sliceExtent: z.number().positive(),
});
export const imageRunSchema = z.object({
  kind: z.literal('image-training-run'),
  settings,
  info: z.unknown(),
  records: z.array(record).max(100_000),
});

export type ParsedRun = { ok: true; run: ImageRunExport } | { ok: false; message: string };

export function parseImageRun(raw: unknown): ParsedRun {
  const p = imageRunSchema.safeParse(raw);
  if (!p.success) {
    const i = p.error.issues[0];
    return {
      ok: false,
      message: `This is not an image-training run of the Dimpled Manifold Lab (${i?.path.join('.') || 'root'}: ${i?.message}).`,
    };
  }
  const records = p.data.records as EpochMetrics[];
  return {
    ok: true,
    run: { kind: 'image-training-run', settings: p.data.settings, info: (p.data.info ?? null) as ImageRunExport['info'], records },
  };
}

export function parseImageRunText(text: string): ParsedRun {
  if (text.length > 50_000_000) return { ok: false, message: 'The run file is too large (over 50 MB).' };
  const binary = binaryKind(text);
  if (binary)
    return {
      ok: false,
      message: `The run file is not text (it looks like ${binary}): choose a run's .json saved with the JSON button beside Load run….`,
    };
  try {
    return parseImageRun(JSON.parse(text));
  } catch {
    return { ok: false, message: 'The run file is not valid JSON.' };
  }
}
