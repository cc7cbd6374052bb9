import { runAttack } from './registry';
import type { AttackContext, AttackName, AttackParams, AttackResult, Projector } from './types';
import type { Manifold } from '../datasets/types';
import type { Classifier } from '../model/classifier';
import { predictClass } from '../model/classifier';
import { mlpClassifier } from '../model/jsMlp';
import type { MlpWeights } from '../model/mlpWeights';
import { projectNormal, projectTangent } from '../geometry/projector';
import { createRng } from '../rng';
import { analyzeAttack } from './attackAnalysis';
import type { AttackReadout } from './readout';

/** What an attack reads: a synchronous classifier and the manifold the data live on. */
export interface AttackModel {
  model: Classifier;
  manifold: Manifold;
}

/**
 * The plain-JS classifier of a weights snapshot: attacks evaluate one point at a time, where
 * jsMlp is much faster than a tfjs dispatch (bench/results.md) and owns no tensors.
 */
export function attackModelOf(weights: MlpWeights, numClasses: number, manifold: Manifold): AttackModel {
  return { model: mlpClassifier(weights, numClasses), manifold };
}

export interface RunOptions {
  target?: number;
  /** True label of the start (a training point): a misclassified start is marked, not counted. */
  trueLabel?: number;
  /** Seed of the random start (PGD); the same seed gives the same path. */
  seed?: number;
  onStep?: (x: Float64Array, step: number) => void;
  shouldStop?: () => boolean;
}

/** P_T / P_N from an orthonormal tangent basis (docs/science.md §3: P_T = Q Qᵀ, P_N = I − P_T). */
export function projectorOf(Q: ArrayLike<number>[]): Projector {
  return { tangent: (v) => projectTangent(Q, v), normal: (v) => projectNormal(Q, v) };
}

/** The attack context at x0: bounds of the scene box, projector from the tangent basis at x0. */
export function contextAt(m: AttackModel, x0: ArrayLike<number>, Q: ArrayLike<number>[], opts: RunOptions = {}): AttackContext {
  const { lo, hi } = m.manifold.bounds;
  return {
    model: m.model,
    x0,
    label: predictClass(m.model.logits(x0)),
    lo,
    hi,
    target: opts.target,
    trueLabel: opts.trueLabel,
    rng: createRng(opts.seed ?? 1),
    onStep: opts.onStep,
    shouldStop: opts.shouldStop,
    projector: projectorOf(Q),
    manifold: m.manifold,
  };
}

/** Run one attack from x0 and compute its readout (decomposition in the tangent space at x0). */
export function runAndAnalyze(
  m: AttackModel,
  x0: ArrayLike<number>,
  attackId: AttackName,
  params: AttackParams = {},
  opts: RunOptions = {},
): { result: AttackResult; readout: AttackReadout } {
  const Q = m.manifold.tangentBasis(x0);
  const result = runAttack(attackId, contextAt(m, x0, Q, opts), params);
  return { result, readout: analyzeAttack(result, m.model, Q, opts.target) };
}
