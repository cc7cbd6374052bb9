// Attack hygiene of docs/science.md §8 on small random nets (20 points in [-1, 1]^5, box [-3, 3]).
import { describe, expect, it } from 'vitest';
import { predictClass } from '../model/classifier';
import { createRng } from '../rng';
import { carliniWagnerL2 } from './carliniWagnerL2';
import { deepFool } from './deepFool';
import { minimalFlipNorm } from './minimalFlipNorm';
import { pgdL2 } from './pgdL2';
import { pgdLinf } from './pgdLinf';
import { dist, randomMlp, randomPoints } from './test/helpers';
import type { AttackContext, AttackResult } from './types';

const EPS = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6, 12]; // 12 > the box diagonal: unbounded
const contexts = (model: ReturnType<typeof randomMlp>, seed: number): AttackContext[] =>
  randomPoints(seed, 20, 5, -1, 1).map((x0) => ({ model, x0, label: predictClass(model.logits(x0)), lo: -3, hi: 3 }));
const nets = {
  'binary tanh': contexts(randomMlp(1, [5, 16, 1]), 101),
  '4-class tanh': contexts(randomMlp(1, [5, 16, 4]), 101),
};
const count = (ctxs: AttackContext[], run: (c: AttackContext) => AttackResult) => ctxs.filter((c) => run(c).success).length;
const nonDecreasing = (xs: number[]) => xs.every((v, i) => i === 0 || v >= xs[i - 1]);

describe.each(Object.entries(nets))('%s', (_name, ctxs) => {
  it('success is monotone in eps and reaches 100 % for unbounded eps', () => {
    const l2 = EPS.map((eps) => count(ctxs, (c) => pgdL2(c, { eps, earlyStop: true, randomStart: false })));
    const linf = EPS.map((eps) => count(ctxs, (c) => pgdLinf({ ...c, rng: createRng(1) }, { eps })));
    expect(nonDecreasing(l2), `L2 ${l2}`).toBe(true);
    expect(nonDecreasing(linf), `Linf ${linf}`).toBe(true);
    expect(l2.at(-1)).toBe(20);
    expect(linf.at(-1)).toBe(20);
    expect(l2[0]).toBeLessThan(20); // the grid starts below the typical distance
  });
  it('more steps never lower success', () => {
    const bySteps = [1, 5, 10, 20, 50, 100].map((steps) => count(ctxs, (c) => pgdL2({ ...c, rng: createRng(1) }, { eps: 0.8, steps })));
    expect(nonDecreasing(bySteps), `${bySteps}`).toBe(true);
  });
  it('CW distance <= early-stop PGD distance + one step on >= 90 % of points', () => {
    const ok = ctxs.filter((c) => {
      const pgd = minimalFlipNorm(c, { eps: 10, stepSize: 0.01, refine: 0 }).norm!;
      const cw = carliniWagnerL2(c);
      return cw.success && dist(cw.final, c.x0) <= pgd + 0.03; // 0.03 = Adam step lr * b
    }).length;
    expect(ok).toBeGreaterThanOrEqual(18);
  });
});

describe('nearly linear net (weights scaled down)', () => {
  const ctxs = contexts(randomMlp(2, [5, 16, 3], 'tanh', 0.2), 102);
  it('DeepFool <= (1 + eta) PGD and CW <= PGD, within a step, at every point', () => {
    for (const c of ctxs) {
      const pgd = minimalFlipNorm(c, { eps: 20, stepSize: 0.01, refine: 0 }).norm!;
      const df = deepFool(c);
      const cw = carliniWagnerL2(c);
      expect(df.success && cw.success).toBe(true);
      expect(dist(df.final, c.x0)).toBeLessThanOrEqual(1.02 * pgd + 0.01);
      expect(dist(cw.final, c.x0)).toBeLessThanOrEqual(pgd + 0.03);
    }
  });
});
