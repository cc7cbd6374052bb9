import { predictClass, type Classifier } from '../model/classifier';

/**
 * Where an attack starts (docs/science.md §7 counts a flip against the prediction at x0):
 * 'in-target' — a targeted attack whose start is already predicted as the target;
 * 'misclassified' — the start's prediction differs from its true label; 'clean' otherwise.
 * Only clean starts can flip; the others are left out of every statistic and marked.
 */
export type StartStatus = 'clean' | 'in-target' | 'misclassified';

export function startStatus(predicted: number, trueLabel: number | undefined, target: number | undefined): StartStatus {
  if (target !== undefined && predicted === target) return 'in-target';
  if (trueLabel !== undefined && predicted !== trueLabel) return 'misclassified';
  return 'clean';
}

/**
 * A point near `final` that the app itself classifies as adversarial: adversarial by the
 * classifier's float64 pass, and still so once stored as float32 (as the app keeps and draws
 * points) by the float64 pass and, when the classifier has one, its float32 pass. Attacks that
 * stop on the boundary (DeepFool, C&W, bisections) can end a rounding error short of it; such a
 * point is pushed a little further along δ = final − x0 (2⁻²⁴ … 2⁻¹ of δ, clipped to the box), or
 * along `along` when given (a line search's crossing: onwards along the path's segment).
 * Null when no such point exists: the attack did not get past the boundary.
 */
export function confirmAdversarial(
  model: Classifier,
  x0: Float64Array,
  final: Float64Array,
  isAdv: (cls: number) => boolean,
  lo: Float64Array,
  hi: Float64Array,
  along?: Float64Array,
): { x: Float64Array; nudged: boolean } | null {
  const adv = (x: ArrayLike<number>) => isAdv(predictClass(model.logits(x)));
  const adversarial = (x: Float64Array) => {
    if (!adv(x)) return false;
    const stored = Float32Array.from(x);
    return adv(stored) && (!model.logitsFloat32 || isAdv(predictClass(model.logitsFloat32(stored))));
  };
  if (adversarial(final)) return { x: final, nudged: false };
  for (let e = 24; e >= 1; e--) {
    const s = 2 ** -e;
    const x = final.map((v, i) => Math.min(hi[i], Math.max(lo[i], v + s * (along ? along[i] : v - x0[i]))));
    if (adversarial(x)) return { x, nudged: true };
  }
  return null;
}
