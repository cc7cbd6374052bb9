/**
 * The checks of the toy claims experiments' inputs (limits in core/experiments/claimsLimits.ts),
 * and the plane-in-R^n recipe of the gradient-alignment run.
 */
import type { DatasetSpec } from '../core/datasets';
import { CLAIMS_LIMITS } from '../core/experiments/claimsLimits';
import { PAPER_RECIPE, type TrainConfig } from '../core/model/trainConfig';
import type { AdvTrainingRequest, AlignmentRequest, ParadoxRequest } from './claimsTypes';

/** v rounded (integer) and clamped into [lo, hi]; an Error naming the input when v is not a number. */
export function clamp(v: number, [lo, hi]: readonly [number, number], name: string, integer = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name} must be a number (got ${v})`);
  const x = integer ? Math.round(v) : v;
  return Math.min(hi, Math.max(lo, x));
}

export function checkAdvRequest(r: AdvTrainingRequest): AdvTrainingRequest {
  if (r.norm !== 'L2' && r.norm !== 'Linf') throw new Error(`norm must be L2 or Linf (got ${String(r.norm)})`);
  return {
    norm: r.norm,
    eps: clamp(r.eps, CLAIMS_LIMITS.eps, 'eps'),
    steps: clamp(r.steps, CLAIMS_LIMITS.steps, 'steps', true),
    mix: clamp(r.mix, CLAIMS_LIMITS.mix, 'mix'),
    epochs: clamp(r.epochs, CLAIMS_LIMITS.epochs, 'epochs', true),
  };
}

/** Binary data take the other class; multiclass data 'random' or 'next' (= y+1 mod K). */
export function checkParadoxRequest(r: ParadoxRequest, numClasses: number): Required<ParadoxRequest> {
  const target = numClasses === 2 ? 'other' : r.target === 'other' ? 'next' : r.target;
  const norm = r.norm ?? 'L2';
  if (norm !== 'L2' && norm !== 'Linf') throw new Error(`norm must be L2 or Linf (got ${String(norm)})`);
  return {
    eps: clamp(r.eps, CLAIMS_LIMITS.eps, 'eps'),
    target,
    epochs: clamp(r.epochs, CLAIMS_LIMITS.epochs, 'epochs', true),
    norm,
    steps: clamp(r.steps ?? 20, CLAIMS_LIMITS.steps, 'steps', true),
    testCount: clamp(r.testCount ?? 500, CLAIMS_LIMITS.testCount, 'test count', true),
  };
}

export function checkAlignRequest(r: AlignmentRequest): AlignmentRequest {
  const n = clamp(r.n, CLAIMS_LIMITS.n, 'n', true);
  return {
    n,
    k: clamp(r.k, [1, n - 1], 'k', true),
    epochs: clamp(r.epochs, CLAIMS_LIMITS.epochs, 'epochs', true),
    every: clamp(r.every, CLAIMS_LIMITS.every, 'every', true),
  };
}

/**
 * The alignment toy: 60 random points on a k-plane padded to R^n, two label stripes. Adam at
 * lr 3e-4 with 64 hidden units: at lr 0.01 the ReLUs die within ~20 epochs once n >= ~200
 * (every padded coordinate moves each pre-activation the same way), measured with
 * runGradientAlignment at n = 196.
 */
export function alignmentSpec(r: AlignmentRequest, seed = 1): DatasetSpec {
  return { manifold: 'planeRn', pattern: 'stripes', layout: 'random', count: 60, seed, ambientDim: r.n, intrinsicDim: r.k, cells: 2 };
}

export const ALIGN_RECIPE: TrainConfig = { ...PAPER_RECIPE, hidden: [64], learningRate: 3e-4 };
