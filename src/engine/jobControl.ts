import * as Comlink from 'comlink';
import { releaseSignal } from './abortSignalTransfer';
import type { JobProgress, ProgressCallback } from './jobTypes';

/** Progress messages of one job at most this often (and always its last step), ms. */
const PROGRESS_MS = 80;

/** The worker's side of one long request: throttled progress, the stop test, a yield, release. */
export interface JobControl<P extends JobProgress> {
  /** Report progress (throttled; the step with done === total always goes). */
  tell(p: P): void;
  /** Report progress unthrottled (each message carries data the page keeps, e.g. a row). */
  tellEach(p: P): void;
  /** True once the page aborted the request. */
  shouldStop(): boolean;
  /** Hand the event loop back so the abort message, the heartbeat and other commands get in. */
  pause(): Promise<void>;
  /** The request is over: drop the callback and the signal's channel. */
  release(): void;
}

/** Wrap the progress callback and AbortSignal a request came with (both optional). */
export function jobControl<P extends JobProgress>(progress?: ProgressCallback<P>, signal?: AbortSignal): JobControl<P> {
  let last = -Infinity;
  const send = (p: P) => void Promise.resolve(progress?.(p)).catch(() => {});
  return {
    tell(p) {
      const now = performance.now();
      if (now - last < PROGRESS_MS && p.done < p.total) return;
      last = now;
      send(p);
    },
    tellEach: send,
    shouldStop: () => signal?.aborted ?? false,
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    release() {
      releaseCallback(progress);
      releaseSignal(signal);
    },
  };
}

/** Drop a callback the page passed as a Comlink proxy (a plain function, in tests, is left alone). */
export function releaseCallback(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const release = (callback as Partial<Comlink.ProxyMethods>)[Comlink.releaseProxy];
  if (typeof release === 'function') void Promise.resolve(release()).catch(() => {});
}

/** Run `job` with the control of its request and release it however the job ends. */
export async function withJob<P extends JobProgress, T>(
  progress: ProgressCallback<P> | undefined,
  signal: AbortSignal | undefined,
  job: (c: JobControl<P>) => Promise<T>,
  otherCallbacks: unknown[] = [],
): Promise<T> {
  const c = jobControl(progress, signal);
  try {
    return await job(c);
  } finally {
    c.release();
    otherCallbacks.forEach(releaseCallback);
  }
}
