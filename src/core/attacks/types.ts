import type { Classifier } from '../model/classifier';
import type { Manifold } from '../datasets/types';
import type { Rng } from '../rng';
import type { StartStatus } from './confirmAdversarial';

/** Attack ids (definitions: docs/science.md §7). */
export type AttackName = 'fgsm' | 'fgm' | 'pgdLinf' | 'pgdL2' | 'deepFool' | 'cwL2' | 'pgdOnManifold' | 'pgdOffManifold' | 'exactManifold';

/**
 * What ‖δ‖ of a result means (docs/science.md §7). 'budget': a fixed-budget attack (FGSM, FGM, PGD
 * without early stop) spends its ε however close the boundary was, so ‖δ‖ is not a distance.
 * 'minimal': a minimal-distance attack (DeepFool, C&W, PGD or the manifold walk stopping at the
 * first flip) ends at the path's first boundary crossing (DeepFool: plus its overshoot η), so
 * ‖δ‖ measures the distance along that path to the boundary.
 */
export type AttackKind = 'budget' | 'minimal';

export interface AttackResult {
  name: AttackName;
  kind: AttackKind;
  /** Every iterate; trajectory[0] = x0 (a random start, if any, is trajectory[1]). */
  trajectory: Float64Array[];
  final: Float64Array;
  /**
   * The final point is adversarial as the app stores and classifies it (float32, both passes;
   * confirmAdversarial.ts). Always false when the start was not clean.
   */
  success: boolean;
  /** Clean, or already in the target class / misclassified: then nothing flips and nothing is counted. */
  start: StartStatus;
  /**
   * Index in trajectory of the first iterate whose predicted class != originalClass
   * (untargeted) or == target (targeted); null if none, and null for a start that is not clean.
   */
  flipStep: number | null;
  /** The model's prediction at x0 (flips are counted against it). */
  originalClass: number;
  finalClass: number;
  /** Number of iterations (gradient steps) actually taken. */
  steps: number;
  extra?: Record<string, number>;
}

/**
 * Orthogonal projections onto the tangent space T and normal space N of M at x0; the caller
 * builds them from an orthonormal tangent basis (docs/science.md §3: P_T = Q Q^T, P_N = I - P_T).
 */
export interface Projector {
  tangent(v: Float64Array): Float64Array;
  normal(v: Float64Array): Float64Array;
}

export interface AttackContext {
  model: Classifier;
  x0: ArrayLike<number>;
  /** The class the attack moves away from (the losses use it); normally the prediction at x0. */
  label: number;
  /** Data bounds, per coordinate or one scalar for all. */
  lo: number[] | number;
  hi: number[] | number;
  /** Targeted attacks move towards this class. */
  target?: number;
  /** The start's true label, when known (a training point, a test digit): a misclassified start is marked. */
  trueLabel?: number;
  /** Random starts; a fixed-seed rng is used when absent. */
  rng?: Rng;
  /** Called with every recorded iterate (the worker streams these). */
  onStep?: (x: Float64Array, step: number) => void;
  /** Polled once per iteration; true cancels (the result so far is returned, extra.cancelled = 1). */
  shouldStop?: () => boolean;
  /** Needed by pgdOnManifold / pgdOffManifold. */
  projector?: Projector;
  /** Needed by exactManifold. */
  manifold?: Manifold;
}

/** Loose parameter bag as the UI / URL hands it over; each attack fills in its defaults. */
export type AttackParams = Record<string, number | boolean | undefined>;

export interface ParamSpec {
  key: string;
  label: string;
  kind: 'number' | 'int' | 'boolean';
  default: number | boolean;
  min?: number;
  max?: number;
  help: string;
}

export interface AttackSpec {
  id: AttackName;
  displayName: string;
  norm: 'Linf' | 'L2';
  /** What the attack needs beyond a model: a tangent/normal projector or an exact manifold. */
  needs?: 'projector' | 'manifold';
  targeted: boolean;
  params: ParamSpec[];
  description: string;
}

/** Parameters of both PGD attacks (L∞ and L2; docs/science.md §7). */
export interface PgdParams {
  eps: number;
  steps: number;
  /** Step a = relStepSize * eps (Foolbox 3 defaults: L∞ 0.01/0.3 = 1/30, L2 0.025). */
  relStepSize: number;
  /** Absolute step; overrides relStepSize when > 0. */
  stepSize?: number;
  randomStart: boolean;
  /** Stop at the first flip (measures the distance to the boundary). */
  earlyStop: boolean;
}
