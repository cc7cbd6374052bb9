/**
 * Experiment B (docs/science.md §3): the L2 norm needed to flip the label with an unconstrained,
 * an on-manifold (gradient and perturbation projected onto T) and an off-manifold (onto N)
 * early-stop PGD L2, each refined by bisection (minimalFlipNorm). Under local linearity
 * r_on = 1/sqrt(rho_g), r_off = 1/sqrt(1 - rho_g) and r_on^-2 + r_off^-2 = 1 (§4).
 */
import { minimalFlipNorm, type FlipNormOptions } from '../attacks/minimalFlipNorm';
import type { AttackContext } from '../attacks/types';
import { consistency } from '../geometry/nullModel';

export type FlipMode = 'free' | 'on' | 'off';

export interface FlipRun {
  /** L2 norm at the (bisected) first flip; null when the attack did not flip within its steps. */
  readonly norm: number | null;
  /** The flipped point, or null. */
  readonly point: Float64Array | null;
  readonly steps: number;
  readonly finalClass: number;
  /** Ended early because the iterate stopped moving (a constrained PGD stuck against the box). */
  readonly stalled: boolean;
}

export interface FlipRatios {
  readonly rOn: number | null;
  readonly rOff: number | null;
  /** r_on^-2 + r_off^-2 (1 under local linearity). */
  readonly consistency: number | null;
}

/** Iterates compared for the stall test: moved less than one step in this many steps = stuck. */
export const STALL_WINDOW = 100;

/**
 * One flip-norm measurement; ctx must carry the projector for 'on' / 'off'. A run whose
 * iterate moved less than one step length over STALL_WINDOW steps has converged without a
 * flip (on-manifold PGD can end on a face of the [0, 1] box) and is ended there: no flip.
 */
export function flipRun(ctx: AttackContext, mode: FlipMode, opts: Omit<FlipNormOptions, 'mode'> = {}): FlipRun {
  const step = opts.stepSize ?? 0.01;
  const recent: Float64Array[] = [];
  let stalled = false;
  const onStep = (x: Float64Array, i: number) => {
    ctx.onStep?.(x, i);
    recent.push(x);
    if (recent.length <= STALL_WINDOW) return;
    const old = recent.shift() as Float64Array;
    let d = 0;
    for (let j = 0; j < x.length; j++) d += (x[j] - old[j]) ** 2;
    if (Math.sqrt(d) < step) stalled = true;
  };
  const shouldStop = () => stalled || (ctx.shouldStop?.() ?? false);
  const r = minimalFlipNorm({ ...ctx, onStep, shouldStop }, { ...opts, stepSize: step, mode });
  return { norm: r.norm, point: r.point, steps: r.result.steps, finalClass: r.result.finalClass, stalled };
}

/** r_on = on / free, r_off = off / free and their consistency; null where a norm is missing. */
export function flipRatios(free: number | null, on: number | null, off: number | null): FlipRatios {
  const ok = (v: number | null): v is number => v !== null && Number.isFinite(v) && v > 0;
  const rOn = ok(free) && ok(on) ? on / free : null;
  const rOff = ok(free) && ok(off) ? off / free : null;
  return { rOn, rOff, consistency: rOn !== null && rOff !== null ? consistency(rOn, rOff) : null };
}
