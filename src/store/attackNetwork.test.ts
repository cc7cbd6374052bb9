import { afterEach, describe, expect, it } from 'vitest';
import { useApp } from './appStore';
import { attackLive, clearTracks, recordResult } from './attackLive';
import { isStale, shownEpoch, stampRequest } from './attackNetwork';
import { live } from './liveData';
import type { AttackReadout } from '../engine/attackTypes';
import type { StatsEvent } from '../engine/protocol';

const readout = { attackId: 'deepFool', n: 3, trajectory: new Float32Array(6) } as unknown as AttackReadout;
const stats = (epoch: number) => ({ type: 'stats', epoch }) as StatsEvent;

describe('which network a path was computed on', () => {
  afterEach(() => {
    clearTracks();
    live.stats = null;
    useApp.setState({ viewingEpoch: null });
  });

  it('stamps a request with the shown epoch: the scrubbed entry, else the live one', () => {
    live.stats = stats(150);
    expect(shownEpoch()).toBe(150);
    stampRequest();
    const onFinal = recordResult(1, 12, readout, 1);
    expect(onFinal.epoch).toBe(150);
    useApp.setState({ viewingEpoch: 10 });
    expect(shownEpoch()).toBe(10);
    stampRequest();
    const onTen = recordResult(2, 12, readout, 1);
    expect(onTen.epoch).toBe(10);
    // Scrubbed to epoch 10: the final network's path is stale, the epoch-10 one is not.
    expect(attackLive.tracks.map((t) => isStale(t))).toEqual([true, false]);
    // Back to live at 150: the other way round; a timeline entry at 150 is the same network.
    useApp.setState({ viewingEpoch: null });
    expect(attackLive.tracks.map((t) => isStale(t))).toEqual([false, true]);
    useApp.setState({ viewingEpoch: 150 });
    expect(isStale(onFinal)).toBe(false);
  });

  it('live training that moved on makes a live path stale; an unknown epoch never is', () => {
    live.stats = stats(40);
    stampRequest();
    const t = recordResult(1, 3, readout, 1);
    expect(isStale(t)).toBe(false);
    live.stats = stats(45);
    expect(isStale(t)).toBe(true);
    expect(isStale({ epoch: null })).toBe(false);
    live.stats = null;
    expect(isStale(t)).toBe(false);
  });
});
