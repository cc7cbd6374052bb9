import type { EngineClient } from '../engine/client';

/**
 * The running engine, for the store modules that send it requests (attacks, point edits, the
 * image lab, the claims, the ablation). engineBridge.ts starts and restarts it and sets it here;
 * the others only read it, so none of them imports the bridge (no cycle through it).
 */
let engine: EngineClient | null = null;
let worker: Worker | null = null;

export function getEngine(): EngineClient | null {
  return engine;
}

/** The engine worker itself (for terminate()); null before the first start. */
export function getWorker(): Worker | null {
  return worker;
}

export function setEngine(next: { engine: EngineClient; worker: Worker } | null): void {
  engine = next?.engine ?? null;
  worker = next?.worker ?? null;
  // A new engine starts a new chain: a dead worker's calls never settle.
  sessionQueue = Promise.resolve();
}

/**
 * The training session's commands (load, play, pause, step, scrub, point edits, settings), in
 * the order the user gave them. The worker runs each call as its own task, so a Space pressed
 * while a reset is still building the new session would reach the old one and be dropped with
 * it, leaving the new run paused: each command waits until the ones before it have finished.
 * A command that was given before a rebuild (a reset, a new scene, a backend switch) is skipped:
 * the session it was meant for is being replaced. Requests with their own results (attacks,
 * claims, the image lab) do not queue here.
 */
let sessionQueue: Promise<unknown> = Promise.resolve();
/** Rebuilds asked for so far. */
let rebuilds = 0;

export function sessionCommand<T>(
  command: (engine: EngineClient) => Promise<T> | T,
  opts: { rebuild?: boolean } = {},
): Promise<T | undefined> {
  const at = opts.rebuild ? ++rebuilds : rebuilds;
  const next = sessionQueue.then(() => (engine && (opts.rebuild || at === rebuilds) ? command(engine) : undefined));
  sessionQueue = next.catch(() => undefined);
  return next;
}
