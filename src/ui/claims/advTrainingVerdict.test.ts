import { describe, expect, it } from 'vitest';
import type { AdvTrainingOutcome } from '../../engine/claimsTypes';
import { changeText, verdict } from './advTrainingVerdict';

const outcome = (cStd: number, cAdv: number, dStd: number, dAdv: number) =>
  ({
    request: { eps: 0.1 },
    standard: { clinging: cStd, medianAbsD: dStd },
    adversarial: { clinging: cAdv, medianAbsD: dAdv },
  }) as unknown as AdvTrainingOutcome;

describe('adversarial-training verdict', () => {
  it('states a change as a signed percentage with both values', () => {
    expect(changeText(0.22, 0.281)).toBe('rose 28 % (0.220 → 0.281)');
    expect(changeText(0.5, 0.4)).toBe('fell 20 % (0.500 → 0.400)');
    expect(changeText(0.3, 0.3001)).toBe('was unchanged (0.300 → 0.300)');
  });

  it('never calls a 28 % rise in C "about the same", and compares it with the dimples’ rise', () => {
    const v = verdict(outcome(0.22, 0.281, 0.2, 0.44));
    expect(v).not.toMatch(/about the same/);
    expect(v).toContain('C rose 28 % (0.220 → 0.281)');
    expect(v).toContain("C's rise is 25 % of the dimples' rise");
  });

  it('says the boundary moved as a whole when C rose at least as much as the dimples', () => {
    expect(verdict(outcome(0.108, 0.355, 0.142, 0.359))).toMatch(/at least as much as around the points/);
  });
});
