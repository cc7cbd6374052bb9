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

/** Index of the first value that is finite as a double but ±Infinity once stored as float32, or −1. */
function float32Overflow(a: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(Math.fround(a[i]))) return i;
  return -1;
}

/**
 * What is wrong with a layer stack (sizes that do not match or chain, non-finite numbers,
 * numbers too large for float32 — named by their path, e.g. layers[0].W[4]), or null.
 */
export function weightsProblem(layers: readonly LayerLike[]): string | null {
  for (const [i, l] of layers.entries()) {
    if (l.W.length !== l.inDim * l.outDim || l.b.length !== l.outDim) return `layer ${i + 1} has the wrong number of weights`;
    if (i > 0 && layers[i - 1].outDim !== l.inDim)
      return `layer ${i} outputs ${layers[i - 1].outDim} values but layer ${i + 1} takes ${l.inDim}`;
    if (!allFinite(l.W) || !allFinite(l.b)) return `layer ${i + 1} holds non-finite numbers`;
    for (const key of ['W', 'b'] as const) {
      const j = float32Overflow(l[key]);
      if (j >= 0) return `weights.layers[${i}].${key}[${j}] = ${l[key][j]} does not fit in float32, which holds at most ±3.4e38`;
    }
  }
  return null;
}

export function weightsToJson(w: MlpWeights): MlpWeightsJson {
  return {
    activation: w.activation,
    layers: w.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Array.from(l.W), b: Array.from(l.b) })),
  };
}

/** Typed-array weights from their JSON form; throws an Error saying what is damaged. */
export function weightsFromJson(j: MlpWeightsJson): MlpWeights {
  const problem = weightsProblem(j.layers);
  if (problem) throw new Error(problem);
  return {
    activation: j.activation,
    layers: j.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: Float32Array.from(l.W), b: Float32Array.from(l.b) })),
  };
}
