import { dot, norm2 } from '../linalg';
import { attackObjective } from './loss';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackResult } from './types';

export interface ExactManifoldParams {
  /** L2 budget on |x - x0|; the attack stops before a step that would exceed it. */
  eps: number;
  steps: number;
  /** Length of each tangent step (input units). */
  stepSize: number;
  earlyStop: boolean;
}
export const EXACT_MANIFOLD_DEFAULTS: ExactManifoldParams = { eps: 10, steps: 200, stepSize: 0.01, earlyStop: true };

/**
 * On-manifold attack on an exact toy manifold (docs/science.md §7): step along the gradient's
 * tangent component (a Riemannian step of length stepSize), clip to the box, then map back
 * onto M with manifold.project, so every iterate after x0 lies on M. The toys' manifolds lie
 * inside their boxes, so the final projection does not leave the box.
 */
export function exactManifold(ctx: AttackContext, params: Partial<ExactManifoldParams> = {}): AttackResult {
  const p = { ...EXACT_MANIFOLD_DEFAULTS, ...params };
  const M = ctx.manifold;
  if (!M) throw new Error('exactManifold needs ctx.manifold');
  const tr = new Trace(ctx, 'exactManifold', p.earlyStop ? 'minimal' : 'budget');
  const { x0, n, lo, hi } = tr;
  let x = M.project(x0);
  let step = 0;
  let outOfBudget = 0;
  while (step < p.steps && !tr.stop()) {
    const { grad } = attackObjective(ctx.model, x, ctx.label, ctx.target);
    const gT = new Float64Array(n);
    for (const t of M.tangentBasis(x)) {
      const c = dot(t, grad);
      for (let i = 0; i < n; i++) gT[i] += c * t[i];
    }
    const gn = norm2(gT);
    if (gn === 0) break; // the gradient is normal to M: no tangent direction to follow
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = x[i] + (p.stepSize / gn) * gT[i];
    const onM = M.project(clipInPlace(next, lo, hi));
    let d = 0;
    for (let i = 0; i < n; i++) d += (onM[i] - x0[i]) ** 2;
    if (Math.sqrt(d) > p.eps) {
      outOfBudget = 1;
      break;
    }
    x = onM;
    step++;
    if (tr.push(x) && p.earlyStop) break;
  }
  // A step of stepSize can end well past the boundary; the search keeps to M (midpoints projected).
  if (p.earlyStop) tr.endAtFirstCrossing({ onto: (v) => M.project(v) });
  return tr.finish(step, { outOfBudget });
}
