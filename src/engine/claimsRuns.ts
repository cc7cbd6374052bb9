/**
 * How the worker runs the claims experiments of src/core/experiments: the core loops themselves,
 * given a checkpoint (`yielder`) that yields to the worker's other messages between epochs
 * (progress, the heartbeat, cancel) and throws ClaimsCancelled when the run is stopped, and
 * `guarded`, which turns that cancel into a null result.
 */
export interface RunHooks {
  /** Called between epochs; resolves after other work had a turn (a macrotask in the worker). */
  pause?: () => Promise<void>;
  /** True when the run was cancelled or superseded: the loop then throws ClaimsCancelled. */
  shouldStop?: () => boolean;
}

export class ClaimsCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** `run`'s result, or null when it was cancelled (ClaimsCancelled); other errors go on. */
export async function guarded<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ClaimsCancelled) return null;
    throw e;
  }
}

/** Longest stretch (ms) without yielding. */
const YIELD_MS = 40;

/** A checkpoint between epochs: yields when YIELD_MS have passed, throws when stopped. A job's control (jobControl.ts) is its own hooks. */
export function yielder(hooks: RunHooks): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last > YIELD_MS) {
      await hooks.pause?.();
      last = performance.now();
    }
    if (hooks.shouldStop?.()) throw new ClaimsCancelled();
  };
}
