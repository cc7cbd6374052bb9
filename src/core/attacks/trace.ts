import { norm2, sub } from '../linalg';
import { predictClass } from '../model/classifier';
import { createRng, type Rng } from '../rng';
import type { AttackContext, AttackKind, AttackName, AttackResult } from './types';
import { firstCrossing, type Onto } from './boundaryLineSearch';
import { confirmAdversarial, startStatus, type StartStatus } from './confirmAdversarial';

/** Expand scalar or per-coordinate bounds to arrays of length n. */
export function boundsOf(ctx: AttackContext, n: number): { lo: Float64Array; hi: Float64Array } {
  const expand = (b: number[] | number) => (typeof b === 'number' ? new Float64Array(n).fill(b) : Float64Array.from(b));
  const lo = expand(ctx.lo);
  const hi = expand(ctx.hi);
  if (lo.length !== n || hi.length !== n) throw new Error(`bounds length != input dimension ${n}`);
  return { lo, hi };
}

/** Clip x into [lo, hi] in place; returns x. */
export function clipInPlace(x: Float64Array, lo: Float64Array, hi: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i++) x[i] = Math.min(hi[i], Math.max(lo[i], x[i]));
  return x;
}

/**
 * Records an attack's iterates: classifies each one, keeps the first flip, calls onStep,
 * and polls shouldStop. Every attack builds its AttackResult through this.
 */
export class Trace {
  readonly x0: Float64Array;
  readonly n: number;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly originalClass: number;
  readonly rng: Rng;
  readonly trajectory: Float64Array[] = [];
  flipStep: number | null = null;
  cancelled = false;
  /** Already in the target class or misclassified: the attack stops at once and reports no flip. */
  readonly start: StartStatus;
  private lastClass: number;
  private lineSearched = false;

  constructor(
    readonly ctx: AttackContext,
    readonly name: AttackName,
    readonly kind: AttackKind,
  ) {
    this.x0 = Float64Array.from(ctx.x0);
    this.n = this.x0.length;
    if (this.n !== ctx.model.inputDim) throw new Error(`x0 has length ${this.n}, model expects ${ctx.model.inputDim}`);
    ({ lo: this.lo, hi: this.hi } = boundsOf(ctx, this.n));
    this.originalClass = predictClass(ctx.model.logits(this.x0));
    this.start = startStatus(this.originalClass, ctx.trueLabel, ctx.target);
    this.lastClass = this.originalClass;
    this.rng = ctx.rng ?? createRng(0);
    this.push(this.x0, this.originalClass);
  }

  /** Success criterion: class changed (untargeted) or equals the target. */
  isAdv(cls: number): boolean {
    return this.ctx.target === undefined ? cls !== this.originalClass : cls === this.ctx.target;
  }

  classify(x: Float64Array): number {
    return predictClass(this.ctx.model.logits(x));
  }

  /** Record an iterate (copied), notifying onStep unless silent; returns whether it is adversarial. */
  push(x: Float64Array, cls = this.classify(x), silent = false): boolean {
    const step = this.trajectory.length;
    const copy = Float64Array.from(x);
    this.trajectory.push(copy);
    this.lastClass = cls;
    const adv = this.isAdv(cls);
    if (adv && this.flipStep === null) this.flipStep = step;
    if (!silent) this.ctx.onStep?.(copy, step);
    return adv;
  }

  /** True (and remembered) once the caller asked to cancel. */
  stop(): boolean {
    if (this.start !== 'clean') return true;
    if (!this.cancelled && this.ctx.shouldStop?.()) this.cancelled = true;
    return this.cancelled;
  }

  /**
   * A minimal-distance attack ends at the path's first boundary crossing (boundaryLineSearch.ts):
   * records that point (plus the overshoot η, as DeepFool asks) as one more iterate when it is
   * closer to x0 than the last one. The path then shows the step that went too far and the way
   * back; flipStep still names the first flipped iterate. Sets extra.lineSearch = 1 in finish.
   */
  endAtFirstCrossing(opts: { overshoot?: number; onto?: Onto; silent?: boolean } = {}): void {
    if (this.start !== 'clean') return;
    const { model } = this.ctx;
    const isAdvCls = (c: number) => this.isAdv(c);
    const fc = firstCrossing(this.trajectory, this.flipStep, (x) => isAdvCls(this.classify(x)), { ...opts, lo: this.lo, hi: this.hi });
    if (!fc) return;
    // Kept only if adversarial as the app stores it (float32, both passes): near a flat boundary
    // the crossing can sit within rounding of the other side, then it moves on along the segment.
    const confirmed =
      (fc.overshot && confirmAdversarial(model, this.x0, fc.overshot, isAdvCls, this.lo, this.hi)) ||
      confirmAdversarial(model, this.x0, fc.crossing, isAdvCls, this.lo, this.hi, fc.along);
    let end = confirmed ? confirmed.x : null;
    // A push may leave M by a rounding error: back onto it, and adversarial there without a push.
    if (end && opts.onto) {
      const onM = opts.onto(end);
      const again = confirmAdversarial(model, this.x0, onM, isAdvCls, this.lo, this.hi);
      end = again && !again.nudged ? onM : null;
    }
    if (!end) return;
    const last = this.trajectory[this.trajectory.length - 1];
    if (norm2(sub(end, this.x0)) >= norm2(sub(last, this.x0))) return;
    this.push(end, undefined, opts.silent);
    this.lineSearched = true;
  }

  /**
   * Result whose final point is the last recorded iterate unless given. A success is confirmed
   * as the app will see it (float32 point, float64 and float32 passes), nudging the final point
   * just past the boundary when it stopped on it; a start that is not clean reports no flip.
   */
  finish(steps: number, extra: Record<string, number> = {}, final?: Float64Array): AttackResult {
    const last = this.trajectory[this.trajectory.length - 1];
    const start = this.start;
    // A start that is already there stays where it is: δ = 0.
    let fin = start !== 'clean' ? this.x0 : final ? Float64Array.from(final) : last;
    let finalClass = start !== 'clean' ? this.originalClass : final ? this.classify(fin) : this.lastClass;
    if (this.cancelled) extra.cancelled = 1;
    if (this.lineSearched) extra.lineSearch = 1;
    let success = start === 'clean' && this.isAdv(finalClass);
    if (success) {
      const confirmed = confirmAdversarial(this.ctx.model, this.x0, fin, (c) => this.isAdv(c), this.lo, this.hi);
      if (confirmed) {
        if (confirmed.nudged) extra.nudged = 1;
        fin = confirmed.x;
        finalClass = this.classify(fin);
      } else {
        success = false;
        extra.onBoundary = 1;
      }
    }
    return {
      name: this.name,
      kind: this.kind,
      trajectory: this.trajectory,
      final: fin,
      success,
      start,
      flipStep: start === 'clean' ? this.flipStep : null,
      originalClass: this.originalClass,
      finalClass,
      steps,
      extra,
    };
  }
}
