import { margin, predictClass } from '../model/classifier';
import { marginCotangent } from './loss';
import { Trace } from './trace';
import type { AttackContext, AttackResult } from './types';

export interface CwL2Params {
  binarySearchSteps: number;
  /** Adam steps per binary-search run (Foolbox 3 uses 10,000; 1,000 with early abort suffices here). */
  steps: number;
  /** Adam learning rate in w-space. */
  stepSize: number;
  /** Confidence kappa. */
  kappa: number;
  initialConst: number;
  /** Stop a run when the loss has not fallen by 0.01 % over steps/10 steps. */
  abortEarly: boolean;
  /** Keep every k-th Adam iterate in the trajectory / onStep stream (0 = about 100 per run). */
  recordEvery: number;
}
export const CW_L2_DEFAULTS: CwL2Params = {
  binarySearchSteps: 9,
  steps: 1000,
  stepSize: 0.01,
  kappa: 0,
  initialConst: 1e-3,
  abortEarly: true,
  recordEvery: 0,
};

/**
 * Carlini-Wagner L2, docs/science.md §7 (as Foolbox 3): x' = a + b tanh(w) with a, b the box's
 * centre and half-width; minimise |x' - x0|^2 + c max(Z_y - max_{j!=y} Z_j + kappa, 0)
 * (margin() of classifier.ts: the max over j != y skips y, no zero-multiply mask; binary uses
 * z (2y - 1); targeted: max_{j!=t} Z_j - Z_t + kappa). Adam; binary search over c from
 * initialConst (x10 until a success, then bisection). Returns the smallest successful x' seen.
 * trajectory = x0 then every recordEvery-th iterate of the run that found it, then that point;
 * onStep streams the recorded iterates of every run (step = global Adam step) as they happen.
 */
export function carliniWagnerL2(ctx: AttackContext, params: Partial<CwL2Params> = {}): AttackResult {
  const p = { ...CW_L2_DEFAULTS, ...params };
  const tr = new Trace(ctx, 'cwL2', 'minimal');
  const { model, target } = ctx;
  const { x0, n, lo, hi } = tr;
  const y = target ?? ctx.label;
  const sgn = target === undefined ? 1 : -1;
  const every = p.recordEvery > 0 ? p.recordEvery : Math.max(1, Math.ceil(p.steps / 100));
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const w0 = new Float64Array(n);
  const xr = new Float64Array(n); // x0 as reconstructed from w-space (Foolbox shrinks by 0.999999)
  for (let i = 0; i < n; i++) {
    a[i] = (hi[i] + lo[i]) / 2;
    b[i] = (hi[i] - lo[i]) / 2;
    const u = b[i] > 0 ? Math.max(-1, Math.min(1, (x0[i] - a[i]) / b[i])) : 0;
    w0[i] = Math.atanh(u * 0.999999);
    xr[i] = a[i] + b[i] * Math.tanh(w0[i]);
  }
  // Success with confidence: margin of y below -kappa (untargeted), of target above kappa.
  const found = (logits: Float64Array) => sgn * margin(logits, y) + p.kappa < 0 && tr.isAdv(predictClass(logits));

  let lower = 0;
  let upper = Infinity;
  let c = p.initialConst;
  let best: { norm: number; x: Float64Array; run: Float64Array[]; cls: number[]; len: number; c: number } | null = null;
  let last: { run: Float64Array[]; cls: number[] } = { run: [], cls: [] };
  let total = 0;
  for (let bs = 0; bs < p.binarySearchSteps && !tr.stop(); bs++) {
    const w = Float64Array.from(w0);
    const m = new Float64Array(n);
    const v = new Float64Array(n);
    const run: Float64Array[] = [];
    const cls: number[] = [];
    let foundAny = false;
    let prevLoss = Infinity;
    for (let t = 0; t < p.steps; t++) {
      if (tr.stop()) break;
      const tw = w.map(Math.tanh);
      const x = new Float64Array(n);
      let dist = 0;
      for (let i = 0; i < n; i++) {
        x[i] = a[i] + b[i] * tw[i];
        dist += (x[i] - xr[i]) ** 2;
      }
      const logits = model.logits(x);
      const hinge = sgn * margin(logits, y) + p.kappa;
      const loss = dist + c * Math.max(hinge, 0);
      const gx = new Float64Array(n);
      for (let i = 0; i < n; i++) gx[i] = 2 * (x[i] - xr[i]);
      if (hinge > 0) {
        const cot = marginCotangent(logits, y).map((e) => sgn * c * e);
        const gm = model.inputGradient(x, cot);
        for (let i = 0; i < n; i++) gx[i] += gm[i];
      }
      total++;
      if (p.abortEarly && t % Math.ceil(p.steps / 10) === 0) {
        if (!(loss <= 0.9999 * prevLoss)) break;
        prevLoss = loss;
      }
      const isFound = found(logits);
      foundAny ||= isFound;
      if (t % every === 0) {
        run.push(x);
        cls.push(predictClass(logits));
        ctx.onStep?.(x, total);
      }
      if (isFound) {
        let d = 0;
        for (let i = 0; i < n; i++) d += (x[i] - x0[i]) ** 2;
        d = Math.sqrt(d);
        if (!best || d < best.norm) best = { norm: d, x, run, cls, len: run.length, c };
      }
      // Adam (beta1 0.9, beta2 0.999, bias-corrected) on w.
      const b1 = 1 - 0.9 ** (t + 1);
      const b2 = 1 - 0.999 ** (t + 1);
      for (let i = 0; i < n; i++) {
        const g = gx[i] * b[i] * (1 - tw[i] * tw[i]);
        m[i] = 0.9 * m[i] + 0.1 * g;
        v[i] = 0.999 * v[i] + 0.001 * g * g;
        w[i] -= (p.stepSize * (m[i] / b1)) / (Math.sqrt(v[i] / b2) + 1e-8);
      }
    }
    last = { run, cls };
    if (foundAny) upper = Math.min(upper, c);
    else lower = Math.max(lower, c);
    c = Number.isFinite(upper) ? (lower + upper) / 2 : c * 10;
  }
  // The best run's recorded iterates up to the best point, then the best point itself.
  const keep = best ?? { ...last, len: last.run.length };
  for (let i = 0; i < keep.len; i++) if (keep.run[i] !== best?.x) tr.push(keep.run[i], keep.cls[i], true);
  if (best) tr.push(best.x, undefined, true);
  // Iterates are recorded every few Adam steps: the path may cross closer than the best one kept.
  // With kappa > 0 a point just past the boundary lacks the asked-for margin, so none is searched.
  if (p.kappa === 0) tr.endAtFirstCrossing({ silent: true });
  const extra: Record<string, number> = { adamSteps: total };
  if (best) Object.assign(extra, { bestNorm: best.norm, bestConst: best.c });
  return tr.finish(total, extra);
}
