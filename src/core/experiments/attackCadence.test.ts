import { describe, expect, it } from 'vitest';
import { attackSlots, describePlan, passEpochs, passFitsNow, planAttacks } from './attackCadence';

// Costs are multiples of 1/8 so every budget below is exact in binary floating point.
const LIMITS = { budget: 0.25, maxDigits: 16 };
/** Epochs of 2 s, fixed passes and attacked digits of 1/8 s. */
const SHORT = { epochSeconds: 2, fixedSeconds: 0.125, digitSeconds: 0.125 };
/** The plan after `epoch` of `epochs`, with the time spent so far. */
const planAt = (costs: typeof SHORT, epochs: number, epoch: number, from: number, trainSeconds: number, metricSeconds: number) =>
  planAttacks(costs, { epochs, epoch, from, trainSeconds, metricSeconds }, LIMITS);

describe('attack cadence (metric pass within a quarter of training time)', () => {
  it('counts the attack-pass epochs in a span', () => {
    expect(attackSlots(0, 10, 1)).toBe(11);
    expect(attackSlots(0, 10, 3)).toBe(4); // 0, 3, 6, 9
    expect(attackSlots(4, 10, 3)).toBe(2); // 6, 9
    expect(attackSlots(0, 1, 2)).toBe(1); // init only
    expect(attackSlots(11, 10, 1)).toBe(0);
  });

  it('keeps the whole probe every epoch when epochs are long', () => {
    // 10 epochs of 10 s: budget 25 s, fixed passes 0.25 + 9 × 0.125 s, 11 passes × 16 digits × 0.125 s = 22 s.
    const p = planAt({ ...SHORT, epochSeconds: 10 }, 10, 1, 0, 10, 0.25);
    expect(p).toMatchObject({ digits: 16, every: 1, passes: 11 });
    expect(p.attackBudgetSeconds).toBe(25 - 0.25 - 1.125);
    expect(p.projectedShare).toBe((0.25 + 1.125 + 22) / 100);
  });

  it('attacks fewer digits less often when epochs are short, keeping three passes', () => {
    // Budget 0.25 × 20 s − 0.25 − 1.125 = 3.625 s. Digits by interval: 1 → 2, 2 → 4, 3 → 7, 4 → 9
    // (passes 0, 4, 8), 5 → 9; longer intervals leave fewer than three passes.
    const p = planAt(SHORT, 10, 1, 0, 2, 0.25);
    expect(p).toMatchObject({ digits: 9, every: 4, passes: 3 });
    expect(passEpochs(p)).toEqual([0, 4, 8]);
    expect(p.projectedShare).toBe((0.25 + 1.125 + 9 * 3 * 0.125) / 20);
    expect(p.projectedShare).toBeLessThanOrEqual(0.25);
    expect(describePlan(p, SHORT, LIMITS, 64)).toBe(
      'ρ_g on 64 digits every epoch; flip-norm attacks on 9 digits (of 16) at epochs 0, 4, 8, to keep metrics ≤ 25 % of training time (measured 0.13 s a digit, epochs 2.0 s)',
    );
  });

  it('plans a 1-epoch run inside its budget, and says when not one digit fits', () => {
    // 0.25 × 2 − 0.25 = 0.25 s for two passes (init and epoch 1): one digit each.
    expect(planAt(SHORT, 1, 1, 0, 2, 0.25)).toMatchObject({ digits: 1, every: 1, passes: 2, projectedShare: 0.25 });
    const slow = { ...SHORT, digitSeconds: 1 };
    const none = planAt(slow, 1, 1, 0, 2, 0.25);
    expect(none).toMatchObject({ digits: 0, passes: 0 });
    expect(passEpochs(none)).toEqual([]);
    expect(describePlan(none, slow, LIMITS, 64)).toMatch(/attacks skipped/);
  });

  it('re-plans the rest of a run from what was spent', () => {
    // At epoch 4 of 10 with 8 s trained and 2.5 s of metrics: budget 0.25 × 20 − 2.5 − 0.75 = 1.75 s;
    // passes from epoch 4 on: every 1 → 7 (2 digits), every 2 → 4, 6, 8, 10 (3 digits); longer intervals leave two.
    const p = planAt(SHORT, 10, 4, 4, 8, 2.5);
    expect(p).toMatchObject({ digits: 3, every: 2, passes: 4 });
    expect(passEpochs(p)).toEqual([4, 6, 8, 10]);
  });

  it('runs a last-epoch pass only when it fits the budget now', () => {
    const state = { epochs: 10, epoch: 10, from: 10, trainSeconds: 20, metricSeconds: 4 };
    expect(passFitsNow(SHORT, state, LIMITS, 8)).toBe(true); // 4 + 1 ≤ 5
    expect(passFitsNow(SHORT, state, LIMITS, 9)).toBe(false); // 4 + 1.125 > 5
  });

  it('refuses costs it cannot plan with', () => {
    const state = { epochs: 2, epoch: 1, from: 0, trainSeconds: 1, metricSeconds: 0 };
    expect(() => planAttacks({ epochSeconds: 1, fixedSeconds: 0, digitSeconds: 0 }, state, LIMITS)).toThrow(/digitSeconds/);
    expect(() => planAttacks({ epochSeconds: NaN, fixedSeconds: 0, digitSeconds: 1 }, state, LIMITS)).toThrow(/epochSeconds/);
    expect(() => planAttacks({ epochSeconds: 1, fixedSeconds: 0, digitSeconds: 1 }, { ...state, from: 2 }, LIMITS)).toThrow(/from/);
  });
});
