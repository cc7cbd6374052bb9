import { describe, expect, it } from 'vitest';
import { trainingCsv } from './imageTrainingExport';
import { epochRecord as rec } from './test/epochRecord';
import type { ProbeInfo } from '../engine/imageTraining/trainingTypes';

describe('image training export', () => {
  it('writes one CSV row per epoch, with empty cells where a value is missing', () => {
    const probe = { nullMean: 0.082, nullLo: 0.03, nullHi: 0.15 } as ProbeInfo;
    const lines = trainingCsv([rec(0, true), rec(1, false)], probe)
      .trim()
      .split('\r\n');
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
});
