import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackName, AttackResult } from './types';

/**
 * The one-step attacks (FGSM, FGM; docs/science.md §7): x' = clip(x0 + step(∇)), with ∇ the
 * gradient of the attack objective at x0 and `step` mapping it to the perturbation.
 */
export function singleGradientStep(ctx: AttackContext, name: AttackName, step: (grad: Float64Array) => Float64Array): AttackResult {
  const tr = new Trace(ctx, name, 'budget');
  if (tr.stop()) return tr.finish(0);
  const { grad } = attackObjective(ctx.model, tr.x0, ctx.label, ctx.target);
  const delta = step(grad);
  const x = new Float64Array(tr.n);
  for (let i = 0; i < tr.n; i++) x[i] = tr.x0[i] + delta[i];
  tr.push(clipInPlace(x, tr.lo, tr.hi));
  return tr.finish(1);
}
