import { sampleLinfBox } from './ballSampling';
import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import { endEarly } from './pgdL2';
import type { AttackContext, AttackResult, PgdParams } from './types';

export type PgdLinfParams = PgdParams;
export const PGD_LINF_DEFAULTS: PgdLinfParams = {
  eps: 0.1,
  steps: 40,
  relStepSize: 1 / 30,
  randomStart: true,
  earlyStop: false,
};

/**
 * PGD Linf, docs/science.md §7: x += a sign(grad); delta = clip(x - x0, -eps, eps);
 * x = clip(x0 + delta, lo, hi). Random start U(-eps, eps)^n.
 */
export function pgdLinf(ctx: AttackContext, params: Partial<PgdLinfParams> = {}): AttackResult {
  const p = { ...PGD_LINF_DEFAULTS, ...params };
  const a = p.stepSize && p.stepSize > 0 ? p.stepSize : p.relStepSize * p.eps;
  const tr = new Trace(ctx, 'pgdLinf', p.earlyStop ? 'minimal' : 'budget');
  const { x0, n, lo, hi } = tr;
  let x: Float64Array = Float64Array.from(x0);
  if (p.randomStart && p.eps > 0) {
    const d = sampleLinfBox(n, p.eps, tr.rng);
    for (let i = 0; i < n; i++) x[i] += d[i];
    clipInPlace(x, lo, hi);
    if (tr.push(x) && p.earlyStop) return endEarly(tr, 0);
  }
  let step = 0;
  while (step < p.steps && !tr.stop()) {
    const { grad } = attackObjective(ctx.model, x, ctx.label, ctx.target);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = x[i] + a * Math.sign(grad[i]) - x0[i];
      next[i] = x0[i] + Math.min(p.eps, Math.max(-p.eps, d));
    }
    x = clipInPlace(next, lo, hi);
    step++;
    if (tr.push(x) && p.earlyStop) break;
  }
  return p.earlyStop ? endEarly(tr, step) : tr.finish(step);
}
