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
}
