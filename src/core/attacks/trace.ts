import { predictClass } from '../model/classifier';
import { createRng, type Rng } from '../rng';
import type { AttackContext, AttackName, AttackResult } from './types';
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

  constructor(
    readonly ctx: AttackContext,
    readonly name: AttackName,
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
