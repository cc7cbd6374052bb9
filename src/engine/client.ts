import * as Comlink from 'comlink';
import './abortSignalTransfer';
import type { WorkerApi } from './worker';
import type { RunEvent } from './protocol';

export type EngineClient = Comlink.Remote<WorkerApi>;

/** Starts the engine worker and forwards its events to `onEvent` (called outside React). */
export function startEngine(onEvent: (e: RunEvent) => void, onCrash: (message: string) => void): { engine: EngineClient; worker: Worker } {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  worker.addEventListener('error', (e) => onCrash(e.message || 'the engine worker failed to start'));
  const engine = Comlink.wrap<WorkerApi>(worker);
  void engine.subscribe(Comlink.proxy(onEvent));
  return { engine, worker };
}
