import { norm2, sub } from '../linalg';
import { predictClass } from '../model/classifier';
import { boundsOf } from './trace';
import { bisectSegment } from './boundaryLineSearch';
import { pgdL2 } from './pgdL2';
import { pgdOffManifold } from './pgdOffManifold';
import { pgdOnManifold } from './pgdOnManifold';
import type { AttackContext, AttackResult } from './types';

export interface FlipNormOptions {
  /** 'free' = unconstrained PGD L2, 'on' = tangent-projected, 'off' = normal-projected. */
  mode?: 'free' | 'on' | 'off';
  /** Budget; default the box diagonal |hi - lo| (effectively unbounded). */
  eps?: number;
  /** Absolute PGD step; default eps / 2000. */
  stepSize?: number;
  maxSteps?: number;
  /** Bisection steps on the segment that crosses the boundary (0 = report the iterate's norm). */
  refine?: number;
}

export interface FlipNorm {
  /** L2 norm of the perturbation at the first flip; null if no flip within maxSteps. */
  norm: number | null;
  /** The flipped point (after refinement), or null. */
  point: Float64Array | null;
  result: AttackResult;
}

/**
 * The L2 norm needed to flip the label (docs/science.md §3 Exp. B, §6): early-stop PGD L2 with a
 * large budget and small steps (no random start), then bisection on the last step's segment
 * so the answer does not depend on the step size. r_on / r_off are ratios of these norms.
 */
export function minimalFlipNorm(ctx: AttackContext, opts: FlipNormOptions = {}): FlipNorm {
  const n = ctx.model.inputDim;
  const { lo, hi } = boundsOf(ctx, n);
  const diag = norm2(sub(hi, lo));
  const eps = opts.eps ?? (Number.isFinite(diag) ? diag : 1e6);
  const params = {
    eps,
    stepSize: opts.stepSize ?? eps / 2000,
    steps: opts.maxSteps ?? 4000,
    randomStart: false,
    earlyStop: true,
  };
  const mode = opts.mode ?? 'free';
  const attack = mode === 'on' ? pgdOnManifold : mode === 'off' ? pgdOffManifold : pgdL2;
  const result = attack(ctx, params);
  const k = result.flipStep;
  if (k === null) return { norm: null, point: null, result };
  const x0 = result.trajectory[0];
  let bad = result.trajectory[k];
  if (k > 0) {
    const isAdv = (x: Float64Array) => {
      const c = predictClass(ctx.model.logits(x));
      return ctx.target === undefined ? c !== result.originalClass : c === ctx.target;
    };
    // Bisection between the last clean iterate and the first flipped one (not the attack's own
    // line-searched end point, so refine = 0 reports the iterate's norm).
    bad = bisectSegment(result.trajectory[k - 1], bad, isAdv, opts.refine ?? 30).adversarial;
  }
  return { norm: norm2(sub(bad, x0)), point: bad, result };
}
