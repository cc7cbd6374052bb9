import { useApp } from './appStore';
import { attackLive } from './attackLive';
import { useAttack } from './attackStore';
import { attackEveryPoint, attackPoint, runAllFromLast } from './attackActions';
import { isStale } from './attackNetwork';

/**
 * The attack handles of `window.__lab.attacks` for the browser tests and the bench: the
 * paths, the store, the commands, and where training point i is on screen (to click it).
 */
export const attackTestHandles = {
  live: attackLive,
  store: useAttack,
  attackPoint,
  runAllFromLast,
  attackEveryPoint,
  /** Page CSS pixels of training point i in the current view, or null if not visible. */
  pointScreen(i: number): { x: number; y: number } | null {
    const d = useApp.getState().dataset;
    if (!d || !attackLive.screenOf || i < 0 || i >= d.count) return null;
    return attackLive.screenOf(d.points.subarray(i * d.n, (i + 1) * d.n));
  },
  /** Run ids of the paths drawn dimmed: computed on another epoch's network than the one shown. */
  staleRuns(): number[] {
    return attackLive.tracks.filter((t) => isStale(t)).map((t) => t.runId);
  },
  /**
   * Per drawn path, ms: request → whole path drawn (ms), request → result received
   * (receivedMs), and the worker's own time (workerMs).
   */
  latencies(): { attackId: string; ms: number; receivedMs: number; workerMs: number }[] {
    return attackLive.tracks.flatMap((t) =>
      t.drawnAt === null || t.receivedAt === null
        ? []
        : [{ attackId: t.attackId, ms: t.drawnAt - t.requestedAt, receivedMs: t.receivedAt - t.requestedAt, workerMs: t.elapsedMs ?? NaN }],
    );
  },
};
