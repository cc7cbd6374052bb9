import { describe, expect, it } from 'vitest';
import { isTimelineEpoch, nextTimelineEpoch, thinTimeline } from './timelinePolicy';

describe('timeline policy', () => {
  it('records the paper panel epochs and every 100 after 200', () => {
    for (const e of [0, 10, 20, 30, 100, 200, 300, 1200]) expect(isTimelineEpoch(e)).toBe(true);
    for (const e of [3, 31, 250, 1201]) expect(isTimelineEpoch(e)).toBe(false);
  });
  it('next epoch is strictly later and itself recorded', () => {
    for (let e = 0; e < 1000; e += 7) {
      const n = nextTimelineEpoch(e);
      expect(n).toBeGreaterThan(e);
      expect(isTimelineEpoch(n)).toBe(true);
      for (let k = e + 1; k < n; k++) expect(isTimelineEpoch(k)).toBe(false);
    }
  });
  it('thinning keeps the paper epochs and the newest entry', () => {
    const entries = Array.from({ length: 600 }, (_, i) => ({
      epoch: i <= 12 ? [0, 1, 2, 5, 10, 15, 20, 30, 50, 75, 100, 150, 200][i] : 200 + (i - 12) * 100,
    }));
    const thin = thinTimeline(entries, 500);
    expect(thin.length).toBeLessThan(entries.length);
    for (const e of [0, 10, 20, 30, 100, 200]) expect(thin.some((t) => t.epoch === e)).toBe(true);
    expect(thin[thin.length - 1].epoch).toBe(entries[entries.length - 1].epoch);
  });
});
