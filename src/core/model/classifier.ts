/**
 * What attacks, metrics and grid evaluation need from a trained network: synchronous logits
 * and input-gradients of any logit combination, for one point at a time (dimension-agnostic:
 * n = 2, 3 for toys, 196 for MNIST-14).
 *
 * Binary models have a single logit z (class 1 iff z > 0); multiclass models have numClasses
 * logits. `outputs` tells which.
 */
export interface Classifier {
  readonly inputDim: number;
  readonly numClasses: number;
  /** 1 for a binary single-logit model, numClasses otherwise. */
  readonly outputs: number;
  /** Logits of one input x (length inputDim); returns length `outputs`. */
  logits(x: ArrayLike<number>): Float64Array;
  /** Gradient w.r.t. x of sum_j cot[j] * logit_j(x); cot has length `outputs`. */
  inputGradient(x: ArrayLike<number>, cot: ArrayLike<number>): Float64Array;
  /**
   * The same logits computed in float32 arithmetic, as the tfjs backends do (every product,
   * sum and activation rounded to float32). Used to confirm that a point an attack returns is
   * adversarial in either precision.
   */
  logitsFloat32?(x: ArrayLike<number>): Float64Array;
}

/** Predicted class from logits (binary: z > 0 means class 1). */
export function predictClass(logits: ArrayLike<number>): number {
  if (logits.length === 1) return logits[0] > 0 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < logits.length; j++) if (logits[j] > logits[best]) best = j;
  return best;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** log Σ_j e^{z_j}, shifted by the maximum so large logits do not overflow. */
export function logSumExp(logits: ArrayLike<number>): number {
  let m = -Infinity;
  for (let j = 0; j < logits.length; j++) m = Math.max(m, logits[j]);
  let s = 0;
  for (let j = 0; j < logits.length; j++) s += Math.exp(logits[j] - m);
  return m + Math.log(s);
}

/** softmax(z)_j = e^{z_j} / Σ_k e^{z_k} (computed as e^{z_j − logSumExp(z)}). */
export function softmax(logits: ArrayLike<number>): Float64Array {
  const lse = logSumExp(logits);
  return Float64Array.from(logits, (z) => Math.exp(z - lse));
}

/** Class probabilities from logits (binary: [1 - sigmoid, sigmoid]). */
export function probabilities(logits: ArrayLike<number>): Float64Array {
  if (logits.length === 1) {
    const p = sigmoid(logits[0]);
    return Float64Array.from([1 - p, p]);
  }
  return softmax(logits);
}

/**
 * Margin of class y: binary z*(2y-1); multiclass z_y - max_{j != y} z_j. Positive = correct.
 * This is the "signed logit margin" of docs/science.md §2's stop rule.
 */
export function margin(logits: ArrayLike<number>, y: number): number {
  if (logits.length === 1) return y === 1 ? logits[0] : -logits[0];
  let other = -Infinity;
  for (let j = 0; j < logits.length; j++) if (j !== y) other = Math.max(other, logits[j]);
  return logits[y] - other;
}
