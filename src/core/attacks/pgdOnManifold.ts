import { runPgdL2, type PgdL2Params } from './pgdL2';
import type { AttackContext, AttackResult } from './types';

/**
 * On-manifold PGD L2 (docs/science.md §3 Exp. B, §7): the gradient is projected onto the tangent
 * space T each step and the perturbation is re-projected onto T after every clip.
 */
export function pgdOnManifold(ctx: AttackContext, params: Partial<PgdL2Params> = {}): AttackResult {
  const proj = ctx.projector;
  if (!proj) throw new Error('pgdOnManifold needs ctx.projector');
  return runPgdL2(ctx, params, 'pgdOnManifold', (v) => proj.tangent(v));
}
