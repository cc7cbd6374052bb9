import { describe, expect, it } from 'vitest';
import { hasPoints } from './LineChart';
import { emptyChartText } from './image/training/TrainingCharts';

describe('hasPoints', () => {
  it('is false with no x, or with only gaps', () => {
    expect(hasPoints([[]])).toBe(false);
    expect(hasPoints([[], []])).toBe(false);
    expect(
      hasPoints([
        [0, 1],
        [null, NaN],
      ]),
    ).toBe(false);
  });
  it('is true with one finite value', () => {
    expect(
      hasPoints([
        [0, 1],
        [null, 0.5],
      ]),
    ).toBe(true);
  });
});

describe('emptyChartText', () => {
  it('says there is no run before training', () => {
    expect(emptyChartText(true, false, '')).toMatch(/No run yet/);
  });
  it('names the attack cadence when attack charts are waiting for a pass', () => {
    const t = emptyChartText(true, true, 'flip-norm attacks on 8 digits at init, every 5 epoch(s) and at the last');
    expect(t).toMatch(/No attack-probe pass yet/);
    expect(t).toContain('every 5 epoch(s)');
    expect(t).toContain('see the readout');
  });
});

describe('EPOCH_AXIS', () => {
  it('steps by whole epochs only and labels integers', async () => {
    const { EPOCH_AXIS, EPOCH_INCRS } = await import('./usePlot');
    expect(EPOCH_INCRS.slice(0, 6)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(EPOCH_INCRS.every((v) => Number.isInteger(v))).toBe(true);
    const values = EPOCH_AXIS.values as (u: unknown, s: number[]) => string[];
    expect(values(null, [0, 1, 2])).toEqual(['0', '1', '2']);
    expect(values(null, [0.5, 1])).toEqual(['', '1']);
  });
});
