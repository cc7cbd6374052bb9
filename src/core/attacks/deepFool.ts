import { norm2 } from '../linalg';
import { clipInPlace, Trace } from './trace';
import type { AttackContext, AttackResult } from './types';

export interface DeepFoolParams {
  /** Maximum iterations. */
  steps: number;
  /** eta: the final point is x0 + (1 + eta) r_total (applied to the accumulated r). */
  overshoot: number;
  /**
   * Extra length added to every linearised step (input units). Foolbox 3 adds 1e-4 so the
   * class actually changes when eta = 0; we add 1e-8, so an eta = 0 run lands within
   * |grad| * 1e-8 of the linearised boundary but still on its far side.
   */
  pad: number;
}
export const DEEPFOOL_DEFAULTS: DeepFoolParams = { steps: 50, overshoot: 0.02, pad: 1e-8 };

/**
 * DeepFool (L2), docs/science.md §7. With y the class predicted at x0 and f_j = Z_j - Z_y
 * (binary single logit: f = z (1 - 2y)), each step moves to the closest linearised boundary,
 * r_i = (|f_j| / |grad f_j| + pad) grad f_j / |grad f_j| (binary: -z grad z / |grad z|^2),
 * over all j != y (targeted: j = target only). Iterates are x0 + (1 + eta) r_total, clipped,
 * and the loop stops at the first one whose class changed (as in Foolbox 3). Unlike Foolbox, the
 * segment into that iterate is then bisected to the boundary crossing c and the final point is
 * x0 + (1 + eta)(c - x0) (boundaryLineSearch.ts), so |delta| <= (1 + eta) |c - x0| holds on
 * curved boundaries too, as docs/science.md §7 states.
 */
export function deepFool(ctx: AttackContext, params: Partial<DeepFoolParams> = {}): AttackResult {
  const p = { ...DEEPFOOL_DEFAULTS, ...params };
  const tr = new Trace(ctx, 'deepFool', 'minimal');
  const { model } = ctx;
  const { x0, n, lo, hi } = tr;
  const y = tr.originalClass;
  const rTotal = new Float64Array(n);
  let x = x0;
  let adv = tr.flipStep !== null;
  let step = 0;
  while (!adv && step < p.steps && !tr.stop()) {
    const logits = model.logits(x);
    const candidates: number[] = [];
    if (logits.length === 1) candidates.push(1 - y);
    else if (ctx.target !== undefined) candidates.push(ctx.target);
    else for (let j = 0; j < logits.length; j++) if (j !== y) candidates.push(j);
    let best: { d: number; w: Float64Array; wn: number } | null = null;
    for (const j of candidates) {
      let f: number;
      const cot = new Float64Array(logits.length);
      if (logits.length === 1) {
        const s = y === 1 ? -1 : 1;
        f = s * logits[0];
        cot[0] = s;
      } else {
        f = logits[j] - logits[y];
        cot[j] = 1;
        cot[y] = -1;
      }
      const w = model.inputGradient(x, cot);
      const wn = norm2(w);
      if (wn === 0) continue;
      const d = Math.abs(f) / wn;
      if (!best || d < best.d) best = { d, w, wn };
    }
    if (!best) break; // zero gradient everywhere: nothing to linearise
    const k = (best.d + p.pad) / best.wn;
    for (let i = 0; i < n; i++) rTotal[i] += k * best.w[i];
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = x0[i] + (1 + p.overshoot) * rTotal[i];
    x = clipInPlace(next, lo, hi);
    step++;
    adv = tr.push(x);
  }
  // On a ReLU net the linearisation at x_i can reach far past the boundary in one step
  // (the slope grows along the way): end at the crossing, overshoot applied from there.
  tr.endAtFirstCrossing({ overshoot: p.overshoot });
  return tr.finish(step, { rTotalNorm: norm2(rTotal) });
}
