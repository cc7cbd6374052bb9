import { describe, expect, it } from 'vitest';
import { stat } from '../core/stats';
import { csvText, trainingCsv } from './imageTrainingExport';
import type { EpochMetrics } from './imageTrainingLive';

const rec = (epoch: number, withAttack: boolean): EpochMetrics => ({
  epoch,
  steps: epoch * 125,
  trainSeconds: epoch,
  metricSeconds: 0.5,
  trainLoss: epoch ? 0.5 : NaN,
  trainAccuracy: 0.9,
  testLoss: 0.4,
  testAccuracy: 0.91,
  rhoGrad: stat([0.1, 0.3]),
  snapshot: true,
  attack: withAttack
    ? {
        free: stat([0.4]),
        on: stat([1.2]),
        off: stat([0.5]),
        rhoDelta: stat([0.2]),
        rOn: 3,
        rOff: 1.25,
        consistency: 1 / 9 + 0.64,
        complete: 1,
        attacked: 1,
        seconds: 0.3,
      }
    : null,
});

describe('image training export', () => {
  it('writes one CSV row per epoch, with empty cells where a value is missing', () => {
    const lines = trainingCsv([rec(0, true), rec(1, false)])
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3);
    const head = lines[0].split(',');
    const row0 = lines[1].split(','),
      row1 = lines[2].split(',');
    expect(row0[head.indexOf('train_loss')]).toBe('');
    expect(Number(row0[head.indexOf('r_on')])).toBe(3);
    expect(Number(row0[head.indexOf('rho_g_mean')])).toBeCloseTo(0.2, 12);
    expect(row1[head.indexOf('r_on')]).toBe('');
    expect(Number(row1[head.indexOf('train_loss')])).toBe(0.5);
  });
  it('renders missing and non-finite numbers as empty cells', () => {
    expect(csvText(['a', 'b', 'c'], [[1, null, Infinity]])).toBe('a,b,c\n1,,\n');
  });
});
