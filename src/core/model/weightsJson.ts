/**
 * The one JSON form of MlpWeights (plain number arrays, same layout as mlpWeights.ts: W is
 * inDim x outDim row-major). Scene files, the resume hand-over in session storage and the model
 * export all read and write weights through this module, so the format is defined once.
 */
import { z } from 'zod';
import { ACTIVATIONS, type MlpWeights } from './mlpWeights';

const layerJsonSchema = z.object({
  inDim: z.number().int().min(1).max(4096),
  outDim: z.number().int().min(1).max(4096),
  W: z.array(z.number()),
  b: z.array(z.number()),
});

/** Shape check only; `weightsProblem` checks sizes and finiteness (a damaged file, not a foreign one). */
export const mlpWeightsJsonSchema = z.object({ activation: z.enum(ACTIVATIONS), layers: z.array(layerJsonSchema).min(1).max(8) });
export type MlpWeightsJson = z.infer<typeof mlpWeightsJsonSchema>;

/** Weights to resume from, with the epoch they were taken at. */
export const resumeJsonSchema = z.object({ epoch: z.number().int().min(0), weights: mlpWeightsJsonSchema });

interface LayerLike {
  readonly inDim: number;
  readonly outDim: number;
  readonly W: ArrayLike<number>;
  readonly b: ArrayLike<number>;
}

function allFinite(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** What is wrong with a layer stack (sizes that do not match or chain, non-finite numbers), or null. */
export function weightsProblem(layers: readonly LayerLike[]): string | null {
  for (const [i, l] of layers.entries()) {
    if (l.W.length !== l.inDim * l.outDim || l.b.length !== l.outDim) return `layer ${i + 1} has the wrong number of weights`;
    if (i > 0 && layers[i - 1].outDim !== l.inDim) return `layer ${i} outputs ${layers[i - 1].outDim} values but layer ${i + 1} takes ${l.inDim}`;
    if (!allFinite(l.W) || !allFinite(l.b)) return `layer ${i + 1} holds non-finite numbers`;
  }
  return null;
}

export function weightsToJson(w: MlpWeights): MlpWeightsJson {
  return { activation: w.activation, layers: w.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Array.from(l.W), b: Array.from(l.b) })) };
}

/** Typed-array weights from their JSON form; throws an Error saying what is damaged. */
export function weightsFromJson(j: MlpWeightsJson): MlpWeights {
  const problem = weightsProblem(j.layers);
  if (problem) throw new Error(problem);
  return { activation: j.activation, layers: j.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Float32Array.from(l.W), b: Float32Array.from(l.b) })) };
}
