import type { AttackResult } from './types';
import type { Classifier } from '../model/classifier';
import { predictClass, probabilities } from '../model/classifier';
import { decompose, projectNormal, projectTangent } from '../geometry/projector';
import { nullRho } from '../geometry/nullModel';
import { normInf, norm2, sub } from '../linalg';
import type { AttackReadout, AttackRow, NullSummary } from './readout';
import { bisectSegment } from './boundaryLineSearch';

const nullCache = new Map<string, NullSummary>();

/** The §4 null for ρ (k/n, its sd and 95 % interval); NaN where k is not in [1, n). */
export function nullSummary(k: number, n: number): NullSummary {
  const key = `${k}/${n}`;
  let s = nullCache.get(key);
  if (!s) {
    if (k >= 1 && k < n) {
      const b = nullRho(k, n);
      s = { k, n, mean: b.mean, sd: b.sd, lo: b.lo, hi: b.hi };
    } else {
      s = { k, n, mean: NaN, sd: NaN, lo: NaN, hi: NaN };
    }
    nullCache.set(key, s);
  }
  return s;
}

/**
 * Where the path crosses the boundary: bisection on the segment from the last clean iterate
 * to the first flipped one (a flip counted against the class at x0, or reaching the target).
 * Null when nothing flipped or the first recorded iterate already counts as flipped.
 */
export function crossingPoint(result: AttackResult, model: Classifier, target?: number): Float64Array | null {
  const k = result.flipStep;
  if (k === null || k === 0) return null;
  const isAdv = (x: Float64Array) => {
    const c = predictClass(model.logits(x));
    return target === undefined ? c !== result.originalClass : c === target;
  };
  const { clean, adversarial } = bisectSegment(result.trajectory[k - 1], result.trajectory[k], isAdv);
  // The midpoint of the final bracket: within 2^-30 of the segment length from the boundary.
  return clean.map((v, i) => 0.5 * (v + adversarial[i]));
}

function flatten(rows: Float64Array[], n: number): Float32Array {
  const out = new Float32Array(rows.length * n);
  rows.forEach((r, i) => out.set(r, i * n));
  return out;
}

/**
 * The readout of one attack: norms of δ = final − x0, its tangent/normal split
 * by the orthonormal tangent basis Q at x0 (docs/science.md §3, §6), the ρ null, the crossing and
 * the predictions with their confidence.
 */
export function analyzeAttack(result: AttackResult, model: Classifier, Q: ArrayLike<number>[], target?: number): AttackReadout {
  const x0 = result.trajectory[0];
  const n = x0.length;
  const delta = sub(result.final, x0);
  const dec = decompose(Q, delta);
  const conf = (x: Float64Array, cls: number) => probabilities(model.logits(x))[cls];
  const crossing = crossingPoint(result, model, target);
  return {
    attackId: result.name,
    kind: result.kind,
    n,
    x0: Float32Array.from(x0),
    trajectory: flatten(result.trajectory, n),
    final: Float32Array.from(result.final),
    crossing: crossing ? Float32Array.from(crossing) : null,
    crossingL2: crossing ? norm2(sub(crossing, x0)) : null,
    success: result.success,
    start: result.start,
    flipStep: result.flipStep,
    steps: result.steps,
    originalClass: result.originalClass,
    finalClass: result.finalClass,
    originalConfidence: conf(x0, result.originalClass),
    finalConfidence: conf(result.final, result.finalClass),
    target: target ?? null,
    l2: norm2(delta),
    linf: normInf(delta),
    rho: dec.rho,
    tangentNorm: dec.tangentNorm,
    normalNorm: dec.normalNorm,
    angleDeg: dec.angleDeg,
    nullRho: nullSummary(Q.length, n),
    tangentPart: Float32Array.from(projectTangent(Q, delta)),
    normalPart: Float32Array.from(projectNormal(Q, delta)),
  };
}

/** The scalar part of a readout, as one table / CSV row. */
export function rowOf(r: AttackReadout, index: number | null, label: number | null): AttackRow {
  return {
    index,
    label,
    attackId: r.attackId,
    kind: r.kind,
    crossingL2: r.crossingL2,
    success: r.success,
    start: r.start,
    flipStep: r.flipStep,
    steps: r.steps,
    l2: r.l2,
    linf: r.linf,
    rho: r.rho,
    angleDeg: r.angleDeg,
    tangentNorm: r.tangentNorm,
    normalNorm: r.normalNorm,
    originalClass: r.originalClass,
    originalConfidence: r.originalConfidence,
    finalClass: r.finalClass,
    finalConfidence: r.finalConfidence,
  };
}
