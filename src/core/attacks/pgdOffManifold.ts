import { runPgdL2, type PgdL2Params } from './pgdL2';
import type { AttackContext, AttackResult } from './types';

/**
 * Off-manifold PGD L2 (docs/science.md §3 Exp. B): the gradient is projected onto the normal
 * space N each step and the perturbation is re-projected onto N after every clip.
 */
export function pgdOffManifold(ctx: AttackContext, params: Partial<PgdL2Params> = {}): AttackResult {
  const proj = ctx.projector;
  if (!proj) throw new Error('pgdOffManifold needs ctx.projector');
  return runPgdL2(ctx, params, 'pgdOffManifold', (v) => proj.normal(v));
}
