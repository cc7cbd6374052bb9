/**
 * Experiments A and B of docs/science.md §3 over a set of images: for each correctly classified
 * image, the three flip-norm runs of B (experimentB.ts) and the decomposition of the
 * unconstrained run's perturbation for A (experimentA.ts). A's delta is the bisected first
 * flip of that early-stop PGD L2 (no random start, which would add an isotropic component).
 * Pure: classifier and tangent provider are injected; progress, cancel and yielding are
 * callbacks, so the worker (which must keep reading messages) and the CLI share this code.
 */
import { predictClass } from '../model/classifier';
import type { Classifier } from '../model/classifier';
import { projectorFromBasis, randomFrame, type TangentProvider } from '../geometry/decoderTangent';
import { createRng } from '../rng';
import { projectionMeasures, type ProjectionMeasures } from './experimentA';
import { flipRatios, flipRun, type FlipRatios } from './experimentB';
import { summarizeAB, type ABSummary } from './experimentABStats';

export interface ABOptions {
  /** Absolute PGD step of every flip-norm run (default 0.01). */
  readonly stepSize: number;
  /** Step cap per run (default 3000: a path of 30 L2 units, far beyond a 14x14 box's flips). */
  readonly maxSteps: number;
  /** Bisection steps on the flipping segment. */
  readonly refine: number;
  /** Data bounds (pixels in [0, 1]). */
  readonly lo: number;
  readonly hi: number;
  /** Seed of the random k-frames and of the support-matched nulls' signs. */
  readonly seed: number;
  /** Random-sign draws per image of each support-matched null (docs/science.md §4). */
  readonly nullDraws: number;
}
export const AB_DEFAULTS: ABOptions = { stepSize: 0.01, maxSteps: 3000, refine: 30, lo: 0, hi: 1, seed: 1, nullDraws: 1000 };

export interface ImageSource {
  /** Row-major count x n pixels. */
  readonly images: Float32Array | Float64Array;
  readonly labels: ArrayLike<number>;
  readonly n: number;
  readonly count: number;
}

export interface ABRow extends Partial<ProjectionMeasures>, Partial<FlipRatios> {
  readonly index: number;
  readonly label: number;
  readonly pred: number;
  /** Misclassified images are not attacked. */
  readonly skipped: boolean;
  readonly rank?: number;
  readonly normFree?: number | null;
  readonly normOn?: number | null;
  readonly normOff?: number | null;
  readonly stepsFree?: number;
  readonly stepsOn?: number;
  readonly stepsOff?: number;
  /** Runs ended because the iterate stopped moving ('on', 'off' joined by '+'; '' if none). */
  readonly stalled?: string;
  /** Class at the unconstrained flip. */
  readonly advClass?: number;
}

export interface ABResult {
  readonly rows: ABRow[];
  readonly summary: ABSummary;
  readonly options: ABOptions;
  readonly cancelled: boolean;
  readonly seconds: number;
}

export interface ABHooks {
  onProgress?: (done: number, total: number, row: ABRow) => void;
  shouldCancel?: () => boolean;
  /** Awaited between images (the worker passes a macrotask so cancel messages get through). */
  yieldNow?: () => Promise<void>;
}

/** Experiments A and B for one image. */
export function runImageAB(
  clf: Classifier, tangentAt: TangentProvider, x: ArrayLike<number>, label: number, index: number,
  opts: ABOptions = AB_DEFAULTS, shouldStop?: () => boolean,
): ABRow {
  const x0 = Float64Array.from(x);
  const pred = predictClass(clf.logits(x0));
  if (pred !== label) return { index, label, pred, skipped: true };
  const { Q, rank } = tangentAt(x0);
  const ctx = { model: clf, x0, label, lo: opts.lo, hi: opts.hi, projector: projectorFromBasis(Q), shouldStop };
  const flipOpts = { stepSize: opts.stepSize, maxSteps: opts.maxSteps, refine: opts.refine };
  const free = flipRun(ctx, 'free', flipOpts);
  const on = flipRun(ctx, 'on', flipOpts);
  const off = flipRun(ctx, 'off', flipOpts);
  const randomQ = randomFrame(rank, x0.length, createRng(opts.seed * 100003 + index));
  const delta = free.point ? free.point.map((v, i) => v - x0[i]) : null;
  return {
    index, label, pred, skipped: false, rank,
    ...(delta && delta.some((v) => v !== 0)
      ? projectionMeasures(clf, x0, label, delta, Q, randomQ, { draws: opts.nullDraws, seed: opts.seed * 100003 + index + 500000 })
      : {}),
    normFree: free.norm, normOn: on.norm, normOff: off.norm,
    stepsFree: free.steps, stepsOn: on.steps, stepsOff: off.steps,
    stalled: (['free', 'on', 'off'] as const).filter((_, i) => [free, on, off][i].stalled).join('+'),
    advClass: free.point ? predictClass(clf.logits(free.point)) : undefined,
    ...flipRatios(free.norm, on.norm, off.norm),
  };
}

/**
 * Experiments A and B over `count` images of `src` from index `first` (default 0). Every image's
 * seeds come from its own index, so runs over disjoint ranges (shards) add up to one run.
 */
export async function runExperimentAB(
  clf: Classifier, tangentAt: TangentProvider, src: ImageSource, count: number,
  options: Partial<ABOptions> = {}, hooks: ABHooks = {}, first = 0,
): Promise<ABResult> {
  const opts = { ...AB_DEFAULTS, ...options };
  const end = Math.min(first + count, src.count);
  const total = Math.max(0, end - first);
  const rows: ABRow[] = [];
  const t0 = performance.now();
  let cancelled = false;
  for (let i = first; i < end; i++) {
    if (hooks.shouldCancel?.()) { cancelled = true; break; }
    const x = src.images.subarray(i * src.n, (i + 1) * src.n);
    const row = runImageAB(clf, tangentAt, x, src.labels[i], i, opts, hooks.shouldCancel);
    if (hooks.shouldCancel?.()) { cancelled = true; break; } // a cancelled image is incomplete
    rows.push(row);
    hooks.onProgress?.(rows.length, total, row);
    if (hooks.yieldNow) await hooks.yieldNow();
  }
  return { rows, summary: summarizeAB(rows, src.n), options: opts, cancelled, seconds: (performance.now() - t0) / 1000 };
}
