import { logSumExp, sigmoid, softmax, type Classifier } from '../model/classifier';

/** Stable softplus log(1 + e^z). */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * Cross-entropy of logits for class y. Binary single logit z: softplus(z) - y z;
 * multiclass: logsumexp(z) - z_y.
 */
export function crossEntropy(logits: ArrayLike<number>, y: number): number {
  if (logits.length === 1) return softplus(logits[0]) - y * logits[0];
  return logSumExp(logits) - logits[y];
}

/** dCE/dlogits: binary sigma(z) - y; multiclass softmax(z) - onehot(y). */
export function crossEntropyCotangent(logits: ArrayLike<number>, y: number): Float64Array {
  if (logits.length === 1) return Float64Array.of(sigmoid(logits[0]) - y);
  const out = softmax(logits);
  out[y] -= 1;
  return out;
}

/** Cotangent of margin(logits, y) (classifier.ts): binary 2y-1; multiclass e_y - e_{best other}. */
export function marginCotangent(logits: ArrayLike<number>, y: number): Float64Array {
  if (logits.length === 1) return Float64Array.of(y === 1 ? 1 : -1);
  let other = -1;
  for (let j = 0; j < logits.length; j++) if (j !== y && (other < 0 || logits[j] > logits[other])) other = j;
  const cot = new Float64Array(logits.length);
  cot[y] = 1;
  cot[other] = -1;
  return cot;
}

export interface AttackObjective {
  /** The value the attack increases: CE(y) untargeted, -CE(target) targeted. */
  loss: number;
  /** Its gradient w.r.t. x (the ascent direction). */
  grad: Float64Array;
  logits: Float64Array;
}

/**
 * Objective of the gradient attacks (docs/science.md §7): untargeted maximise CE(f(x), label),
 * targeted minimise CE(f(x), target). If the CE gradient underflows to exactly zero (a
 * saturated sigmoid/softmax), the margin gradient is used instead so the attack can still move.
 */
export function attackObjective(model: Classifier, x: ArrayLike<number>, label: number, target?: number): AttackObjective {
  const logits = model.logits(x);
  const targeted = target !== undefined;
  const y = targeted ? target : label;
  const sign = targeted ? -1 : 1;
  const cot = crossEntropyCotangent(logits, y);
  for (let j = 0; j < cot.length; j++) cot[j] *= sign;
  let grad = model.inputGradient(x, cot);
  if (grad.every((g) => g === 0)) {
    const mc = marginCotangent(logits, y);
    for (let j = 0; j < mc.length; j++) mc[j] *= -sign;
    grad = model.inputGradient(x, mc);
  }
  return { loss: sign * crossEntropy(logits, y), grad, logits };
}
