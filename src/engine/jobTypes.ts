/**
 * How a long request reports back: its progress goes to a callback passed with the call (a
 * Comlink proxy), its result is the call's reply, and an AbortSignal passed with the call stops
 * it (abortSignalTransfer.ts carries the signal into the worker). Nothing travels through the
 * engine's event stream, so a late message of an old run cannot be taken for a new one's.
 */
export interface JobProgress {
  /** What the job is doing now, e.g. 'training N1' or 'attack'. */
  stage: string;
  done: number;
  total: number;
}

/** A request's progress callback; P adds the job's own payload (a finished row, an arm index). */
export type ProgressCallback<P extends JobProgress = JobProgress> = (p: P) => void;
