import { describe, expect, it } from 'vitest';
import { stopVerdict } from './stopRules';
import { PAPER_RECIPE } from '../core/model/trainConfig';

const stats = (o: Partial<{ epoch: number; loss: number; accuracy: number; minMargin: number }>) => ({
  epoch: 10,
  loss: 0.5,
  accuracy: 0.9,
  minMargin: -0.1,
  ...o,
});

describe('stop rules', () => {
  it('NaN or exploding loss diverges, and offers the checkpoint only when there is one', () => {
    const nan = stopVerdict(stats({ loss: NaN }), PAPER_RECIPE, true, 5);
    expect(nan?.state).toBe('diverged');
    expect(nan?.notice.message).toMatch(/became NaN.*learning rate.*epoch 5/);
    expect(nan?.notice.action).toBe('restore-checkpoint');
    const big = stopVerdict(stats({ loss: 1e6 }), PAPER_RECIPE, true, null);
    expect(big?.notice.message).toMatch(/exploded to 1\.00e\+6/);
    expect(big?.notice.action).toBeUndefined();
  });
  it('the margin rule needs 100 % and a margin above the target, unless switched off', () => {
    expect(stopVerdict(stats({ accuracy: 1, minMargin: 0.02 }), PAPER_RECIPE, true, null)?.state).toBe('converged');
    expect(stopVerdict(stats({ accuracy: 1, minMargin: 0.005 }), PAPER_RECIPE, true, null)).toBeNull();
    expect(stopVerdict(stats({ accuracy: 1, minMargin: 0.02 }), PAPER_RECIPE, false, null)).toBeNull();
  });
  it('the epoch cap stops the run', () => {
    expect(stopVerdict(stats({ epoch: PAPER_RECIPE.maxEpochs }), PAPER_RECIPE, true, null)?.state).toBe('max-epochs');
  });
});
