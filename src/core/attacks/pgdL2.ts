import { norm2 } from '../linalg';
import { sampleL2Ball } from './ballSampling';
import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackName, AttackResult, PgdParams } from './types';

export type PgdL2Params = PgdParams;
export const PGD_L2_DEFAULTS: PgdL2Params = {
  eps: 1,
  steps: 50,
  relStepSize: 0.025,
  randomStart: true,
  earlyStop: false,
};

/** A linear projection (P_T or P_N) applied to gradients and perturbations. */
export type Subspace = (v: Float64Array) => Float64Array;

/**
 * Feasible point near x: delta = P(x - x0), scaled into the eps-ball, x0 + delta clipped to
 * [lo, hi]; with P, delta is re-projected after every clip (docs/science.md §3 Exp. B). Clipping
 * and P both shrink |delta|, so the ball stays satisfied; the box is applied last so iterates
 * are always in bounds (P(delta) = delta exactly whenever the box is not active).
 */
export function constrain(x: Float64Array, tr: Trace, eps: number, P?: Subspace): Float64Array {
  const { x0, n, lo, hi } = tr;
  let d: Float64Array = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = x[i] - x0[i];
  if (P) d = P(d);
  const k = Math.min(1, eps / Math.max(norm2(d), 1e-300));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x0[i] + k * d[i];
  clipInPlace(out, lo, hi);
  for (let it = 0; P && it < 20; it++) {
    for (let i = 0; i < n; i++) d[i] = out[i] - x0[i];
    const pd = P(d);
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(pd[i] - d[i]));
    if (moved <= 1e-12) break;
    for (let i = 0; i < n; i++) out[i] = x0[i] + pd[i];
    clipInPlace(out, lo, hi);
  }
  return out;
}

/** PGD L2 with an optional subspace constraint P on gradient and perturbation. */
export function runPgdL2(ctx: AttackContext, params: Partial<PgdL2Params>, name: AttackName, P?: Subspace): AttackResult {
  const p = { ...PGD_L2_DEFAULTS, ...params };
  const a = p.stepSize && p.stepSize > 0 ? p.stepSize : p.relStepSize * p.eps;
  const tr = new Trace(ctx, name, p.earlyStop ? 'minimal' : 'budget');
  const { x0, n } = tr;
  let x: Float64Array = Float64Array.from(x0);
  if (p.randomStart && p.eps > 0) {
    const d = sampleL2Ball(n, p.eps, tr.rng);
    for (let i = 0; i < n; i++) x[i] += d[i];
    x = constrain(x, tr, p.eps, P);
    if (tr.push(x) && p.earlyStop) return endEarly(tr, 0);
  }
  let step = 0;
  while (step < p.steps && !tr.stop()) {
    let { grad } = attackObjective(ctx.model, x, ctx.label, ctx.target);
    if (P) grad = P(grad);
    const k = a / Math.max(norm2(grad), 1e-12);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = x[i] + k * grad[i];
    x = constrain(next, tr, p.eps, P);
    step++;
    if (tr.push(x) && p.earlyStop) break;
  }
  return p.earlyStop ? endEarly(tr, step) : tr.finish(step);
}

/**
 * PGD that stops at the first flip measures a distance: its last step can end up to a step
 * length a past the boundary, so it ends at the crossing on that step (boundaryLineSearch.ts).
 * The segment stays in the ε-ball, the box and, for the on/off-manifold variants, the subspace.
 */
export function endEarly(tr: Trace, steps: number): AttackResult {
  tr.endAtFirstCrossing();
  return tr.finish(steps);
}

/**
 * PGD L2, docs/science.md §7: x += a grad/|grad|; delta *= min(1, eps/|delta|); clip.
 * Random start uniform in the L2 ball.
 */
export function pgdL2(ctx: AttackContext, params: Partial<PgdL2Params> = {}): AttackResult {
  return runPgdL2(ctx, params, 'pgdL2');
}
