import { describe, expect, it } from 'vitest';
import { stat } from '../core/stats';
import { csvText, trainingCsv } from './imageTrainingExport';
import type { EpochMetrics } from './imageTrainingLive';
import type { ProbeInfo } from '../engine/imageTraining/trainingTypes';

const rec = (epoch: number, withAttack: boolean): EpochMetrics => ({
  epoch,
  steps: epoch * 125,
  trainSeconds: epoch,
  metricSeconds: 0.5,
  passSeconds: { evaluation: 0.25, gradient: 0.125, slice: 0.125, attack: 0 },
  trainLoss: epoch ? 0.5 : NaN,
  trainLossAfter: 0.45,
  trainAccuracy: 0.9,
  testLoss: 0.4,
  testAccuracy: 0.91,
  rhoGrad: stat([0.1, 0.3]),
  gradNull: { mean: 0.11, lo: 0.04, hi: 0.2, support: 196, count: 2 },
  cadence: 'test cadence',
  snapshot: true,
  attack: withAttack
    ? {
        free: stat([0.4]),
        on: stat([1.2]),
        off: stat([0.5]),
        rhoDelta: stat([0.2]),
        deltaNull: { mean: 0.12, lo: 0.05, hi: 0.21, support: 135, count: 1 },
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
    const probe = { nullMean: 0.082, nullLo: 0.03, nullHi: 0.15 } as ProbeInfo;
    const lines = trainingCsv([rec(0, true), rec(1, false)], probe)
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3);
    const head = lines[0].split(',');
    const row0 = lines[1].split(','),
      row1 = lines[2].split(',');
    expect(row0[head.indexOf('train_loss_running_mean')]).toBe('');
    expect(Number(row0[head.indexOf('r_on')])).toBe(3);
    expect(Number(row0[head.indexOf('rho_g_mean')])).toBeCloseTo(0.2, 12);
    expect(row1[head.indexOf('r_on')]).toBe('');
    expect(Number(row1[head.indexOf('train_loss_running_mean')])).toBe(0.5);
    // Both nulls of each ρ: k/n from the probe on every row, the support-matched one per epoch.
    expect(Number(row1[head.indexOf('null_kn')])).toBe(0.082);
    expect(Number(row1[head.indexOf('rho_g_null_support')])).toBe(0.11);
    expect(Number(row0[head.indexOf('rho_delta_null_support_hi')])).toBe(0.21);
    expect(row1[head.indexOf('rho_delta_null_support')]).toBe('');
    expect(Number(row1[head.indexOf('metric_share')])).toBe(0.5);
    expect(row0[head.indexOf('metric_share')]).toBe(''); // no training yet at init
  });
  it('renders missing and non-finite numbers as empty cells', () => {
    expect(csvText(['a', 'b', 'c'], [[1, null, Infinity]])).toBe('a,b,c\n1,,\n');
  });
});
