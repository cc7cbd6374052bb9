import type { AttackName } from '../core/attacks/types';
import type { AttackReadout } from '../engine/attackTypes';

/**
 * Attack paths as per-frame data, outside React (like liveData.ts): each attack call streams
 * its own path here (its callback), the scene reads them in useFrame and compares `version` to know when to rebuild.
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
  /** Epoch of the network the attack ran on (attackNetwork.ts); null when not known. */
  epoch: number | null;
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
  /** performance.now() and shown epoch of the latest attack request (stamped on the tracks it creates). */
  requestedAt: number;
  requestedEpoch: number | null;
  /** World point -> page CSS pixels; installed by the 3-D/2-D scene while it is mounted. */
  screenOf: ((p: ArrayLike<number>) => { x: number; y: number } | null) | null;
} = { version: 0, tracks: [], selected: null, replay: null, requestedAt: 0, requestedEpoch: null, screenOf: null };

/** Called whenever the paths change (the view renders on demand). */
export const pathChangeListeners = new Set<() => void>();
function changed(): void {
  attackLive.version++;
  pathChangeListeners.forEach((f) => f());
}

/** Older paths are dropped beyond this many, so a long session does not pile them up. */
export const MAX_TRACKS = 30;

function trackOf(runId: number, attackId: AttackName, n: number, pointIndex: number | null): Track {
  let t = attackLive.tracks.find((x) => x.runId === runId);
  if (!t) {
    t = {
      runId,
      attackId,
      pointIndex,
      n,
      path: new Float32Array(0),
      count: 0,
      readout: null,
      requestedAt: attackLive.requestedAt,
      epoch: attackLive.requestedEpoch,
      receivedAt: null,
      drawnAt: null,
      elapsedMs: null,
    };
    attackLive.tracks.push(t);
    if (attackLive.tracks.length > MAX_TRACKS) attackLive.tracks.splice(0, attackLive.tracks.length - MAX_TRACKS);
  }
  return t;
}

let lastRunId = 0;

/** A fresh id for the next attack's track (the page numbers its own runs). */
export function newRunId(): number {
  return ++lastRunId;
}

/** The path of run `runId` so far (row-major, n per iterate), while the attack runs. */
export function recordPath(runId: number, attackId: AttackName, n: number, path: Float32Array): void {
  const t = trackOf(runId, attackId, n, null);
  if (t.readout) return; // a path message that crossed the result
  t.path = path;
  t.count = path.length / n;
  changed();
}

/** The finished attack of run `runId`: its whole path and readout. */
export function recordResult(runId: number, pointIndex: number | null, r: AttackReadout, elapsedMs: number): Track {
  const t = trackOf(runId, r.attackId, r.n, pointIndex);
  t.pointIndex = pointIndex;
  t.path = r.trajectory;
  t.count = r.trajectory.length / r.n;
  t.readout = r;
  t.elapsedMs = elapsedMs;
  t.receivedAt = performance.now();
  changed();
  return t;
}

export function selectTrack(runId: number | null): void {
  attackLive.selected = runId;
  changed();
}

export function clearTracks(): void {
  attackLive.tracks = [];
  attackLive.selected = null;
  attackLive.replay = null;
  changed();
}

/** Slow motion: short paths at 3 steps per second, long ones squeezed into about 4 s. */
export function startReplay(runId: number, now = performance.now()): void {
  const t = attackLive.tracks.find((x) => x.runId === runId);
  if (!t) return;
  attackLive.replay = { runId, startedAt: now, stepsPerSecond: Math.max(3, t.count / 4) };
  changed();
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
