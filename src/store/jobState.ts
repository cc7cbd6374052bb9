import * as Comlink from 'comlink';
import type { JobProgress, ProgressCallback } from '../engine/jobTypes';

/**
 * One long request as the page sees it (an attack batch, Experiments A+B, the ablation, a claims
 * experiment): the same shape for all, so every progress bar, cancel button and error line reads
 * the same fields.
 */
export interface JobState<R> {
  running: boolean;
  /** What the job is doing now ('' before the first run, 'done', 'cancelled' or the error after). */
  stage: string;
  done: number;
  total: number;
  /** The last finished run's result (kept while a new run goes and when one is cancelled). */
  result: R | null;
  error: string | null;
  /** Stops the running job; null when none runs. */
  cancel: (() => void) | null;
}

export function idleJob<R>(): JobState<R> {
  return { running: false, stage: '', done: 0, total: 0, result: null, error: null, cancel: null };
}

/** Where a job's state lives: a getter and a patcher of one slice of some store. */
export interface JobSlot<R> {
  get(): JobState<R>;
  set(patch: Partial<JobState<R>>): void;
}

export interface RunJobOptions<R, P extends JobProgress> {
  /** Sees each progress message after the slot took its stage/done/total (e.g. to keep a row). */
  onProgress?: (p: P) => void;
  /** False: the result is dropped (e.g. the scene changed while it ran). */
  keep?: (result: R) => boolean;
  /** Progress shown before the first message arrives. */
  total?: number;
}

/**
 * Run one request with its own progress callback (a Comlink proxy) and AbortSignal, keeping its
 * state in `slot`. Returns the result, or null when it was cancelled, dropped or failed (the
 * error is in the slot). A second start while one runs is ignored.
 */
export async function runJob<R, P extends JobProgress = JobProgress>(
  slot: JobSlot<R>,
  start: (progress: ProgressCallback<P>, signal: AbortSignal) => Promise<R | null>,
  opts: RunJobOptions<R, P> = {},
): Promise<R | null> {
  if (slot.get().running) return null;
  const controller = new AbortController();
  let settled = false;
  slot.set({ running: true, stage: 'starting', done: 0, total: opts.total ?? 0, error: null, cancel: () => controller.abort() });
  const progress = Comlink.proxy((p: P) => {
    if (settled) return; // a message that crossed the reply
    slot.set({ stage: p.stage, done: p.done, total: p.total });
    opts.onProgress?.(p);
  });
  try {
    const result = await start(progress, controller.signal);
    settled = true;
    if (result === null || (opts.keep && !opts.keep(result))) {
      slot.set({ running: false, cancel: null, stage: 'cancelled' });
      return null;
    }
    slot.set({ running: false, cancel: null, stage: 'done', result });
    return result;
  } catch (err) {
    settled = true;
    const message = String((err as Error)?.message ?? err);
    slot.set({ running: false, cancel: null, stage: message, error: message });
    return null;
  }
}

/** A slot over the `key` field of a zustand-like store. */
export function slotOf<S, K extends keyof S, R>(store: { getState(): S; setState(f: (s: S) => Partial<S>): void }, key: K): JobSlot<R> {
  return {
    get: () => store.getState()[key] as unknown as JobState<R>,
    set: (patch) => store.setState((s) => ({ [key]: { ...(s[key] as object), ...patch } }) as unknown as Partial<S>),
  };
}
