import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackResult } from './types';

export interface FgsmParams {
  eps: number;
}
export const FGSM_DEFAULTS: FgsmParams = { eps: 0.1 };

/** FGSM (Linf), SCIENCE.md §7: x' = clip(x0 + eps sign(grad)); a single step. */
export function fgsm(ctx: AttackContext, params: Partial<FgsmParams> = {}): AttackResult {
  const { eps } = { ...FGSM_DEFAULTS, ...params };
  const tr = new Trace(ctx, 'fgsm');
  if (tr.stop()) return tr.finish(0);
  const { grad } = attackObjective(ctx.model, tr.x0, ctx.label, ctx.target);
  const x = new Float64Array(tr.n);
  for (let i = 0; i < tr.n; i++) x[i] = tr.x0[i] + eps * Math.sign(grad[i]);
  tr.push(clipInPlace(x, tr.lo, tr.hi));
  return tr.finish(1);
}
