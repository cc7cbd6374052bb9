import { norm2 } from '../linalg';
import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackResult } from './types';

export interface FgmParams {
  eps: number;
}
export const FGM_DEFAULTS: FgmParams = { eps: 1 };

/** FGM (L2), SCIENCE.md §7: x' = clip(x0 + eps grad/|grad|); a single step. */
export function fgm(ctx: AttackContext, params: Partial<FgmParams> = {}): AttackResult {
  const { eps } = { ...FGM_DEFAULTS, ...params };
  const tr = new Trace(ctx, 'fgm');
  if (tr.stop()) return tr.finish(0);
  const { grad } = attackObjective(ctx.model, tr.x0, ctx.label, ctx.target);
  const k = eps / Math.max(norm2(grad), 1e-12);
  const x = new Float64Array(tr.n);
  for (let i = 0; i < tr.n; i++) x[i] = tr.x0[i] + k * grad[i];
  tr.push(clipInPlace(x, tr.lo, tr.hi));
  return tr.finish(1);
}
