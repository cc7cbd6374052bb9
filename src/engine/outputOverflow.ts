import { mlpClassifier } from '../core/model/jsMlp';
import type { MlpWeights } from '../core/model/mlpWeights';

export interface OutputOverflow {
  /** Training points whose float32 logits are ±Infinity or NaN. */
  count: number;
  total: number;
  /** Largest |logit| over the points in float64 (may itself be Infinity). */
  maxAbs: number;
}

/**
 * Does the network's output overflow float32 (the arithmetic of the tfjs backends) at the
 * training points (row-major, n per point)? Null when every logit is finite in float32.
 */
export function outputOverflow(w: MlpWeights, points: Float32Array, n: number): OutputOverflow | null {
  const clf = mlpClassifier(w);
  const total = points.length / n;
  let count = 0,
    maxAbs = 0;
  for (let i = 0; i < total; i++) {
    const x = points.subarray(i * n, (i + 1) * n);
    if (!clf.logitsFloat32!(x).every(Number.isFinite)) count++;
    for (const z of clf.logits(x)) maxAbs = Math.max(maxAbs, Number.isNaN(z) ? Infinity : Math.abs(z));
  }
  return count ? { count, total, maxAbs } : null;
}

/** What to say when a loaded network's output overflows (instead of "training diverged"). */
export function loadedOverflowNotice(o: OutputOverflow): string {
  const biggest = Number.isFinite(o.maxAbs) ? `|logit| up to ${o.maxAbs.toExponential(1)}` : 'logits that are ±Infinity or NaN';
  return `The loaded network's output overflows float32 at ${o.count} of ${o.total} training points (${biggest}; float32 holds ±3.4e38): its weights are too large to train or compare. The boundary is drawn as far as it can be; Reset starts from a fresh network.`;
}
