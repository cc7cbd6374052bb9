import * as Comlink from 'comlink';
import type { BackendName, EngineEvent, GridSettings, RunEvent } from './protocol';
import type { Session } from './session';

/**
 * The worker's mutable state in one place: the page's listener, the current session and the
 * grid settings. The command modules (worker.ts, attackApi.ts, benchApi.ts) read it here.
 */
export const engineState: {
  listener: ((e: RunEvent) => void) | null;
  session: Session | null;
  grid: GridSettings;
  /** The training backend chosen by backends.ts. */
  backend: BackendName;
} = {
  listener: null,
  session: null,
  grid: { trainingRes: 32, pausedRes: 64 },
  backend: 'cpu',
};

/** Send an event of run `run` to the page; the listed buffers move instead of being copied. */
export function emit(e: EngineEvent, transfer: Transferable[] = [], run = 0): void {
  engineState.listener?.(Comlink.transfer({ ...e, run }, transfer));
}

export function currentSession(): Session | null {
  return engineState.session;
}
