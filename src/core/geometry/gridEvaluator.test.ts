import { describe, expect, it } from 'vitest';
import { mlpClassifier } from '../model/jsMlp';
import type { MlpWeights } from '../model/mlpWeights';
import { evaluateGrid, gridPoint, type GridBox } from './gridEvaluator';
import { affineMlp, randomMlp, wavySheetMlp } from './gridTestNets';

const box3: GridBox = { lo: [-0.2, -0.2, -0.2], hi: [1.25, 1.25, 1.25] };
const box2: GridBox = { lo: [-0.2, -0.3], hi: [1.25, 1.1] };

function reference(w: MlpWeights, box: GridBox, dims: number[], score?: number[]): Float64Array {
  const net = mlpClassifier(w);
  const n = dims.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z = net.logits(gridPoint(box, dims, i));
    out[i] = score ? score.reduce((s, c, k) => s + c * z[k], 0) : z.length === 1 ? z[0] : z[1] - z[0];
  }
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(b), 1e-3);

/** Zero some units' weight on the column axis, so they never switch along a column. */
function withFlatUnits(w: MlpWeights, axis: number): MlpWeights {
  const l = w.layers[0];
  for (let j = 0; j < l.outDim; j += 2) l.W[axis * l.outDim + j] = 0;
  return w;
}

const cases: [string, MlpWeights, GridBox, number[]][] = [
  ['relu 3-64-64-1', randomMlp([3, 64, 64, 1], 'relu', 1), box3, [13, 11, 10]],
  ['relu 3-400-1', randomMlp([3, 400, 1], 'relu', 2), box3, [12, 13, 17]],
  ['wavy sheet 3-400-1', wavySheetMlp([3, 400, 1], 3), box3, [17, 17, 17]],
  ['wavy sheet 3-64-64-1', wavySheetMlp([3, 64, 64, 1], 3), box3, [25, 23, 27]],
  ['relu 3-16-16-16-1', randomMlp([3, 16, 16, 16, 1], 'relu', 10), box3, [9, 11, 12]],
  ['relu with flat units 3-32-1', withFlatUnits(randomMlp([3, 32, 1], 'relu', 11), 2), box3, [9, 10, 11]],
  ['relu with flat units 3-16-16-1', withFlatUnits(randomMlp([3, 16, 16, 1], 'relu', 12), 2), box3, [9, 10, 11]],
  ['tanh 3-32-32-1', randomMlp([3, 32, 32, 1], 'tanh', 4), box3, [9, 10, 11]],
  ['linear 3-8-8-1', randomMlp([3, 8, 8, 1], 'linear', 14), box3, [7, 8, 9]],
  ['softplus 3-16-16-1', randomMlp([3, 16, 16, 1], 'softplus', 15), box3, [8, 8, 9]],
  ['elu 3-32-1', randomMlp([3, 32, 1], 'elu', 5), box3, [9, 9, 9]],
  ['two-logit relu 3-32-2', randomMlp([3, 32, 2], 'relu', 6), box3, [9, 8, 9]],
  ['relu 2-16-16-1', randomMlp([2, 16, 16, 1], 'relu', 7), box2, [33, 29]],
  ['relu 2-48-1', randomMlp([2, 48, 1], 'relu', 13), box2, [31, 27]],
  ['sigmoid 2-24-1', randomMlp([2, 24, 1], 'sigmoid', 8), box2, [21, 22]],
  ['affine 3-1', affineMlp([0, 0, 1], -0.5), box3, [9, 9, 9]],
];

describe('evaluateGrid', () => {
  it.each(cases)('%s: exact mode matches jsMlp at every vertex', (_, w, box, dims) => {
    const ref = reference(w, box, dims);
    const g = evaluateGrid(w, box, dims, { exact: true });
    expect(g.dims).toEqual(dims);
    expect(g.evaluated).toBe(ref.length);
    for (let i = 0; i < ref.length; i++) if (!close(g.values[i], ref[i])) expect([i, g.values[i]]).toEqual([i, ref[i]]);
  });

  it.each(cases)('%s: adaptive mode has the exact sign everywhere', (_, w, box, dims) => {
    const exact = evaluateGrid(w, box, dims, { exact: true }).values;
    for (const step of [2, 4, 5]) {
      const g = evaluateGrid(w, box, dims, { step, adaptive: true });
      let same = 0;
      for (let i = 0; i < exact.length; i++) {
        if (Math.abs(exact[i]) > 1e-6) expect(Math.sign(g.values[i])).toBe(Math.sign(exact[i]));
        if (close(g.values[i], exact[i])) same++;
      }
      expect(g.evaluated).toBeLessThanOrEqual(exact.length);
      expect(same).toBeGreaterThanOrEqual(g.evaluated); // every evaluated vertex is exact
    }
  });

  it('skips most of a large-margin grid and still finds the sheet', () => {
    const w = affineMlp([0.3, -0.2, 4], -2);
    const g = evaluateGrid(w, box3, 64, { adaptive: true });
    expect(g.evaluated / 64 ** 3).toBeLessThan(0.3);
    const ref = evaluateGrid(w, box3, 64, { exact: true }).values;
    let wrong = 0;
    for (let i = 0; i < ref.length; i++) if (Math.sign(g.values[i]) !== Math.sign(ref[i])) wrong++;
    expect(wrong).toBe(0);
  });

  it.each([
    ['3-400-1', wavySheetMlp([3, 400, 1], 5)],
    ['3-64-64-1', wavySheetMlp([3, 64, 64, 1], 5)],
  ] as [string, MlpWeights][])('a trained-looking %s sheet: adaptive skips blocks, evaluated vertices stay exact', (_, w) => {
    const dims = [64, 56, 64];
    const exact = evaluateGrid(w, box3, dims, { exact: true }).values;
    const g = evaluateGrid(w, box3, dims, { adaptive: true });
    expect(g.evaluated / exact.length).toBeLessThan(0.8);
    let wrongSign = 0,
      same = 0;
    for (let i = 0; i < exact.length; i++) {
      if (Math.sign(g.values[i]) !== Math.sign(exact[i])) wrongSign++;
      if (close(g.values[i], exact[i])) same++;
    }
    expect(wrongSign).toBe(0);
    expect(same).toBeGreaterThanOrEqual(g.evaluated);
  });

  it('by default evaluates one-hidden-layer ReLU nets exactly (skipping would not save time)', () => {
    const shallow = evaluateGrid(wavySheetMlp([3, 64, 1], 1), box3, 24);
    expect(shallow.evaluated).toBe(24 ** 3);
    expect(evaluateGrid(wavySheetMlp([3, 16, 16, 1], 1), box3, 48).evaluated).toBeLessThan(48 ** 3);
  });

  it('takes score weights for multi-output nets', () => {
    const w = randomMlp([3, 16, 3], 'relu', 9);
    const score = [0.5, -1, 0.5];
    const ref = reference(w, box3, [7, 7, 7], score);
    const g = evaluateGrid(w, box3, 7, { exact: true, scoreWeights: score });
    for (let i = 0; i < ref.length; i++) expect(close(g.values[i], ref[i])).toBe(true);
    expect(() => evaluateGrid(w, box3, 7)).toThrow();
  });
});
