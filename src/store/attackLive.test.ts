import { beforeEach, describe, expect, it } from 'vitest';
import type { AttackReadout } from '../engine/attackTypes';
import { attackLive, clearTracks, MAX_TRACKS, recordProgress, recordResult, startReplay, visibleCount } from './attackLive';

const path = (steps: number) => Float32Array.from({ length: 3 * steps }, (_, i) => i);
const readout = (steps: number) => ({ attackId: 'pgdL2', n: 3, trajectory: path(steps) }) as unknown as AttackReadout;

describe('attackLive', () => {
  beforeEach(clearTracks);

  it('grows a path from progress messages, then completes it from the result', () => {
    recordProgress({ type: 'attack-progress', runId: 1, attackId: 'pgdL2', n: 3, trajectory: path(4) });
    expect(attackLive.tracks[0].count).toBe(4);
    expect(attackLive.tracks[0].readout).toBeNull();
    recordResult({ type: 'attack-result', runId: 1, pointIndex: 7, sweep: false, readout: readout(51), elapsedMs: 2 });
    recordProgress({ type: 'attack-progress', runId: 1, attackId: 'pgdL2', n: 3, trajectory: path(9) }); // late: ignored
    expect(attackLive.tracks).toHaveLength(1);
    expect(attackLive.tracks[0]).toMatchObject({ count: 51, pointIndex: 7, elapsedMs: 2 });
  });

  it('keeps only the newest MAX_TRACKS paths', () => {
    for (let id = 1; id <= MAX_TRACKS + 5; id++) recordResult({ type: 'attack-result', runId: id, pointIndex: 0, sweep: false, readout: readout(2), elapsedMs: 1 });
    expect(attackLive.tracks).toHaveLength(MAX_TRACKS);
    expect(attackLive.tracks[0].runId).toBe(6);
  });

  it('replays a path step by step, then shows it whole again', () => {
    recordResult({ type: 'attack-result', runId: 1, pointIndex: 0, sweep: false, readout: readout(7), elapsedMs: 1 });
    const t = attackLive.tracks[0];
    startReplay(1, 1000); // 7 steps: 3 per second
    expect(visibleCount(t, 1000)).toBe(1);
    expect(visibleCount(t, 2000)).toBe(4);
    expect(visibleCount(t, 3000)).toBe(7);
    expect(attackLive.replay).toBeNull();
  });
});
