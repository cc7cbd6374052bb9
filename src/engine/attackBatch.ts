import { minimalFlipNorm } from '../core/attacks/minimalFlipNorm';
import { constrainedSummary } from '../core/attacks/constrainedSummary';
import { nullSummary, rowOf } from '../core/attacks/attackAnalysis';
import { contextAt, runAndAnalyze, type AttackModel } from '../core/attacks/attackRun';
import type { AttackRow, BatchRequest, BatchResult } from './attackTypes';

export interface BatchHooks {
  onProgress(phase: 'attack' | 'constrained', done: number, total: number): void;
  shouldStop(): boolean;
  /** Hand the event loop back (so cancel and other commands get through). */
  pause(): Promise<void>;
}

/** Work this long between pauses, ms: responsive without paying the timer clamp per point. */
const SLICE_MS = 16;

/**
 * Attack every training point with one attack, then, unless switched off,
 * measure the minimal L2 flip norm free / on / off at each point. Synchronous JS per point,
 * pausing every SLICE_MS so a cancel request is seen between points.
 */
export async function attackEveryPoint(
  m: AttackModel,
  points: Float32Array,
  labels: Int32Array,
  req: BatchRequest,
  hooks: BatchHooks,
): Promise<BatchResult> {
  const t0 = performance.now();
  const n = m.manifold.n;
  const count = labels.length;
  const rows: AttackRow[] = [];
  let cancelled = false;
  let sliceStart = performance.now();
  const maybePause = async (phase: 'attack' | 'constrained', done: number) => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    hooks.onProgress(phase, done, count);
    await hooks.pause();
    sliceStart = performance.now();
  };
  const x = (i: number) => points.subarray(i * n, (i + 1) * n);

  // A point whose attack was cut short by a cancel is dropped, not reported half-done.
  for (let i = 0; i < count && !cancelled; i++) {
    const { readout } = runAndAnalyze(m, x(i), req.attackId, req.params, {
      target: req.target,
      trueLabel: labels[i],
      seed: i + 1,
      shouldStop: hooks.shouldStop,
    });
    cancelled = hooks.shouldStop();
    if (!cancelled) rows.push(rowOf(readout, i, labels[i]));
    await maybePause('attack', i + 1);
    cancelled ||= hooks.shouldStop();
  }
  hooks.onProgress('attack', rows.length, count);

  if (req.constrained !== false) {
    for (let i = 0; i < rows.length && !cancelled; i++) {
      // A start already in the target class (flip norm 0) or misclassified has nothing to flip.
      if (rows[i].start !== 'clean') continue;
      const ctx = contextAt(m, x(i), m.manifold.tangentBasis(x(i)), { target: req.target, shouldStop: hooks.shouldStop });
      const free = minimalFlipNorm(ctx, { mode: 'free' }).norm;
      const on = minimalFlipNorm(ctx, { mode: 'on' }).norm;
      const off = minimalFlipNorm(ctx, { mode: 'off' }).norm;
      cancelled = hooks.shouldStop();
      if (!cancelled) Object.assign(rows[i], { freeNorm: free, onNorm: on, offNorm: off });
      await maybePause('constrained', i + 1);
      cancelled ||= hooks.shouldStop();
    }
    hooks.onProgress('constrained', rows.filter((r) => r.freeNorm !== undefined || r.start !== 'clean').length, count);
  }

  return {
    attackId: req.attackId,
    rows,
    nullRho: nullSummary(m.manifold.k, n),
    constrained: constrainedSummary(rows),
    cancelled,
    elapsedMs: performance.now() - t0,
  };
}
