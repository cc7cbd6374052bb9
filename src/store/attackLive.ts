import type { AttackName } from '../core/attacks/types';
import type { AttackProgressEvent, AttackReadout, AttackResultEvent } from '../engine/attackTypes';

/**
 * Attack paths as per-frame data, outside React (like liveData.ts): the worker streams them,
 * the scene reads them in useFrame and compares `version` to know when to rebuild.
 */
export interface Track {
  runId: number;
  attackId: AttackName;
  pointIndex: number | null;
  n: number;
  /** Iterates so far, row-major (count x n). */
  path: Float32Array;
  count: number;
  /** Set when the attack finished. */
  readout: AttackReadout | null;
  /** When the page asked for it, got the result, and first drew the whole path (performance.now()). */
  requestedAt: number;
  receivedAt: number | null;
  drawnAt: number | null;
  /** Worker time for the attack and its readout, ms. */
  elapsedMs: number | null;
}

export interface Replay {
  runId: number;
  startedAt: number;
  stepsPerSecond: number;
}

export const attackLive: {
  version: number;
  tracks: Track[];
  /** The run whose arrows are drawn and whose readout is shown. */
  selected: number | null;
  replay: Replay | null;
  /** performance.now() of the latest attack request (stamped on the tracks it creates). */
  requestedAt: number;
  /** World point -> page CSS pixels; installed by the 3-D/2-D scene while it is mounted. */
  screenOf: ((p: ArrayLike<number>) => { x: number; y: number } | null) | null;
} = { version: 0, tracks: [], selected: null, replay: null, requestedAt: 0, screenOf: null };

/** Older paths are dropped beyond this many, so a long session does not pile them up. */
export const MAX_TRACKS = 30;

function trackOf(runId: number, attackId: AttackName, n: number, pointIndex: number | null): Track {
  let t = attackLive.tracks.find((x) => x.runId === runId);
  if (!t) {
    t = { runId, attackId, pointIndex, n, path: new Float32Array(0), count: 0, readout: null, requestedAt: attackLive.requestedAt, receivedAt: null, drawnAt: null, elapsedMs: null };
    attackLive.tracks.push(t);
    if (attackLive.tracks.length > MAX_TRACKS) attackLive.tracks.splice(0, attackLive.tracks.length - MAX_TRACKS);
  }
  return t;
}

export function recordProgress(e: AttackProgressEvent): void {
  const t = trackOf(e.runId, e.attackId, e.n, null);
  if (t.readout) return; // a late progress message after the result
  t.path = e.trajectory;
  t.count = e.trajectory.length / e.n;
  attackLive.version++;
}

export function recordResult(e: AttackResultEvent): Track {
  const r = e.readout;
  const t = trackOf(e.runId, r.attackId, r.n, e.pointIndex);
  t.pointIndex = e.pointIndex;
  t.path = r.trajectory;
  t.count = r.trajectory.length / r.n;
  t.readout = r;
  t.elapsedMs = e.elapsedMs;
  t.receivedAt = performance.now();
  attackLive.version++;
  return t;
}

export function selectTrack(runId: number | null): void {
  attackLive.selected = runId;
  attackLive.version++;
}

export function clearTracks(): void {
  attackLive.tracks = [];
  attackLive.selected = null;
  attackLive.replay = null;
  attackLive.version++;
}

/** Slow motion: short paths at 3 steps per second, long ones squeezed into about 4 s. */
export function startReplay(runId: number, now = performance.now()): void {
  const t = attackLive.tracks.find((x) => x.runId === runId);
  if (!t) return;
  attackLive.replay = { runId, startedAt: now, stepsPerSecond: Math.max(3, t.count / 4) };
  attackLive.version++;
}

/** How many iterates of `t` to draw now: all of them, unless it is being replayed (a finished replay ends here). */
export function visibleCount(t: Track, now = performance.now()): number {
  const r = attackLive.replay;
  if (!r || r.runId !== t.runId) return t.count;
  const shown = 1 + Math.floor(((now - r.startedAt) / 1000) * r.stepsPerSecond);
  if (shown >= t.count) {
    attackLive.replay = null;
    return t.count;
  }
  return shown;
}
