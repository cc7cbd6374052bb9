/**
 * Hover requests for the image at a slice point (engine/slicePointProbe.ts), throttled to the
 * worker's pace: one request in flight, and while it runs only the latest hover waits (older
 * ones are dropped), so a fast-moving cursor never queues work and the answer always catches up
 * with where the cursor stopped. Results arrive through the call.
 */
import type { SlicePointRequest, SlicePointResult } from '../engine/slicePointProbe';
import { getEngine } from './engineHandle';

export type { SliceNetwork, SlicePointRequest, SlicePointResult } from '../engine/slicePointProbe';

/** Shortest time between two requests, ms (a cursor moves ~every 8–16 ms; the readout needs no more than ~30 a second). */
export const PROBE_INTERVAL_MS = 30;

export interface SlicePointProber<T> {
  /** Ask for the point (replaces a request still waiting); `tag` comes back with its answer. */
  request(req: SlicePointRequest, tag: T): void;
  /** Forget a waiting request and ignore the answer in flight (the cursor left). */
  clear(): void;
}

/** A prober whose answers (or errors, in words) go to `onResult`; each answer carries its request's tag. */
export function slicePointProber<T>(
  onResult: (r: SlicePointResult, tag: T) => void,
  onError: (message: string) => void,
  wait = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)),
): SlicePointProber<T> {
  let pending: { req: SlicePointRequest; tag: T } | null = null;
  let busy = false;
  let generation = 0;
  const pump = async () => {
    if (busy) return;
    busy = true;
    try {
      while (pending) {
        const { req, tag } = pending;
        pending = null;
        const gen = generation;
        const engine = getEngine();
        if (!engine) throw new Error('the engine is not running');
        const started = performance.now();
        const r = await engine.slicePointProbe(req);
        if (gen === generation) onResult(r, tag);
        const left = PROBE_INTERVAL_MS - (performance.now() - started);
        if (left > 0 && pending) await wait(left);
      }
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      busy = false;
    }
  };
  return {
    request(req, tag) {
      pending = { req, tag };
      void pump();
    },
    clear() {
      pending = null;
      generation++;
    },
  };
}
