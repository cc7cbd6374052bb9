import { describe, expect, it } from 'vitest';
import type { DimpleSummary } from '../../core/experiments/dimpleComparison';
import type { AdvTrainingOutcome, ParadoxOutcome } from '../../engine/claimsTypes';
import { advDimplesTable, advSummaryCsv, paradoxPointsTable, paradoxSummaryTable, toJson } from './claimsExport';

const summary = (c: number, d: number[]): DimpleSummary => ({
  clinging: c,
  dimples: Float32Array.from(d),
  medianAbsD: 0.5,
  fracAtLeastEps: 0.25,
  accuracy: 1,
});
const boundary = {
  res: 2,
  computeMs: 1,
  evaluatedShare: 1,
  boundary: { dim: 3 as const, positions: new Float32Array(3), normals: new Float32Array(3), indices: new Uint32Array(0) },
};
const adv: AdvTrainingOutcome = {
  request: { eps: 0.1, norm: 'L2', steps: 5, mix: 0.5, epochs: 40 },
  before: summary(0.4, [0.3, -0.2]),
  standard: { ...summary(0.1, [0.05, 0.02]), history: [], boundary },
  adversarial: { ...summary(0.2, [0.12, 0.125]), history: [], boundary },
};

describe('claims exports', () => {
  it('adversarial training: one summary row per network, one D_i row per point with its coordinates', () => {
    const csv = advSummaryCsv(adv).trim().split('\r\n');
    expect(csv[0]).toBe('network,C,median |D_i|,share |D_i| >= 0.1,train accuracy');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['init', 'standard (40 ep)', 'adversarial (40 ep)']);
    expect(csv[3].split(',')[1]).toBe('0.2');
    const t = advDimplesTable(adv, Float32Array.of(0, 0.25, 0.5, 1, 0.75, 0.5), Int32Array.of(0, 1));
    expect(t.header).toEqual(['point', 'label', 'x0', 'x1', 'x2', 'D init', 'D standard', 'D adversarial']);
    expect(t.rows[1]).toEqual([1, 1, 1, 0.75, 0.5, Math.fround(-0.2), Math.fround(0.02), 0.125]);
  });

  it('paradox: the numbers in one row; each adversarial point with its true and wrong label', () => {
    const p = {
      n1TrainAccuracy: 1,
      n1TestAccuracy: 0.9,
      attackSuccess: 0.96,
      meanPerturbation: 0.2,
      n2TestAccuracy: 0.5,
      n2MislabelledAccuracy: 1,
      n2CleanTrainAccuracy: 0.4,
      chance: 0.5,
      majority: 0.52,
      n2Epochs: 10,
      testCount: 500,
      request: { eps: 0.2, target: 'other', epochs: 100, norm: 'L2', steps: 20, testCount: 500 },
      adversarialPoints: Float32Array.of(0.5, 0.5, 0.75, 0.25, 0.5, 0.25),
      adversarialLabels: Int32Array.of(1, 0),
      originalLabels: Int32Array.of(0, 1),
      n1Boundary: null,
      n2Boundary: null,
    } as ParadoxOutcome;
    expect(paradoxSummaryTable(p).rows[0]).toEqual([1, 0.9, 0.96, 0.2, 0.5, 1, 0.4, 0.5, 0.52, 10, 500]);
    expect(paradoxPointsTable(p).rows).toEqual([
      [0, 0, 1, 0.5, 0.5, 0.75],
      [1, 1, 0, 0.25, 0.5, 0.25],
    ]);
    const back = JSON.parse(toJson(p));
    expect(back.adversarialLabels).toEqual([1, 0]);
    expect(back.n1Boundary).toBeNull();
  });
});
