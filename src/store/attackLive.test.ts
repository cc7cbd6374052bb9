import { beforeEach, describe, expect, it } from 'vitest';
import type { AttackReadout } from '../engine/attackTypes';
import { attackLive, clearTracks, MAX_TRACKS, recordPath, recordResult, startReplay, visibleCount } from './attackLive';

const path = (steps: number) => Float32Array.from({ length: 3 * steps }, (_, i) => i);
const readout = (steps: number) => ({ attackId: 'pgdL2', n: 3, trajectory: path(steps) }) as unknown as AttackReadout;

describe('attackLive', () => {
  beforeEach(clearTracks);

  it('grows a path from progress messages, then completes it from the result', () => {
    recordPath(1, 'pgdL2', 3, path(4));
    expect(attackLive.tracks[0].count).toBe(4);
    expect(attackLive.tracks[0].readout).toBeNull();
    recordResult(1, 7, readout(51), 2);
    recordPath(1, 'pgdL2', 3, path(9)); // late: ignored
    expect(attackLive.tracks).toHaveLength(1);
    expect(attackLive.tracks[0]).toMatchObject({ count: 51, pointIndex: 7, elapsedMs: 2 });
  });

  it('keeps only the newest MAX_TRACKS paths', () => {
    for (let id = 1; id <= MAX_TRACKS + 5; id++) recordResult(id, 0, readout(2), 1);
    expect(attackLive.tracks).toHaveLength(MAX_TRACKS);
    expect(attackLive.tracks[0].runId).toBe(6);
  });

  it('replays a path step by step, then shows it whole again', () => {
    recordResult(1, 0, readout(7), 1);
    const t = attackLive.tracks[0];
    startReplay(1, 1000); // 7 steps: 3 per second
    expect(visibleCount(t, 1000)).toBe(1);
    expect(visibleCount(t, 2000)).toBe(4);
    expect(visibleCount(t, 3000)).toBe(7);
    expect(attackLive.replay).toBeNull();
  });
});
