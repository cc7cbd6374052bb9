import { describe, expect, it } from 'vitest';
import { makeDataset } from '../datasets';
import { JsTrainer } from '../model/jsTrainer';
import { PAPER_RECIPE, type TrainConfig } from '../model/trainConfig';
import { createRng } from '../rng';
import { adversarialTrain, makeAdversarialBatch, type AdversarialOptions } from './adversarialTraining';
import { compareAdversarialTraining } from './dimpleComparison';
import { asSet, distance } from './evaluate';

const paper = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const set = asSet(paper);
const bounds = paper.manifold.bounds;
const small: TrainConfig = { ...PAPER_RECIPE, hidden: [16], seed: 3 };
// Float32 storage of x0 + delta can add ~1 ulp per coordinate to the norm.
const within = (d: number, eps: number) => d <= eps * (1 + 1e-6) + 1e-7;

describe('JsTrainer.trainOnBatch', () => {
  it('one step on the stored rows equals one full-batch epoch', async () => {
    const a = new JsTrainer(set.points, set.labels, 3, 2, small);
    const b = new JsTrainer(set.points, set.labels, 3, 2, small);
    await a.train(1);
    b.trainOnBatch(set.points, set.labels);
    expect((await b.exportWeights()).layers[0].W).toEqual((await a.exportWeights()).layers[0].W);
    expect(() => b.trainOnBatch(set.points, set.labels.subarray(1))).toThrow();
  });
});

describe('adversarial batches respect the budget', () => {
  for (const norm of ['L2', 'Linf'] as const) {
    it(`${norm}: chosen rows move by <= eps inside the box, the others not at all`, async () => {
      const w = (await adversarialTrain(set, small, { norm, eps: 0, steps: 1, mix: 0 }, bounds, 30)).weights;
      const adv: AdversarialOptions = { norm, eps: 0.1, steps: 10, mix: 1 };
      const rows = [0, 3, 7, 12, 24];
      const made = makeAdversarialBatch(w, set, rows, adv, bounds, createRng(1));
      for (let i = 0; i < 25; i++) {
        const x0 = set.points.subarray(3 * i, 3 * i + 3);
        const x = made.points.subarray(3 * i, 3 * i + 3);
        const d = distance(x, x0, norm);
        if (rows.includes(i)) expect(within(d, 0.1)).toBe(true);
        else expect(d).toBe(0);
        x.forEach((v, j) => expect(v >= bounds.lo[j] && v <= bounds.hi[j]).toBe(true));
      }
      expect(within(made.maxPerturbation, 0.1)).toBe(true);
      expect(made.maxPerturbation).toBeGreaterThan(0.05); // the attack really moved
    });
  }

  it('the training loop attacks round(mix * B) rows per step and never exceeds eps', async () => {
    const cfg = { ...small, batchSize: 10 };
    const run = await adversarialTrain(set, cfg, { norm: 'L2', eps: 0.1, steps: 5, mix: 0.5 }, bounds, 8);
    expect(run.history).toHaveLength(8);
    for (const h of run.history) {
      expect(h.attacked).toBe(5 + 5 + 3); // batches of 10, 10, 5
      expect(within(h.maxPerturbation, 0.1)).toBe(true);
    }
    const std = await adversarialTrain(set, cfg, { norm: 'L2', eps: 0.1, steps: 5, mix: 0 }, bounds, 2);
    expect(std.history.every((h) => h.attacked === 0)).toBe(true);
    await expect(adversarialTrain(set, cfg, { norm: 'L2', eps: 0.1, steps: 5, mix: 2 }, bounds, 1)).rejects.toThrow();
  });
});

describe('standard vs adversarial training on the 3-D paper toy (docs/science.md §6)', () => {
  it('eps = 0.1 raises the median |D_i| above standard training (same init, data, epochs)', async () => {
    const eps = 0.1;
    const r = await compareAdversarialTraining(paper, PAPER_RECIPE, { norm: 'L2', eps, steps: 5, mix: 0.5 }, 400);
    const f = (s: typeof r.before) => `C ${s.clinging.toFixed(3)}, median |D| ${s.medianAbsD.toFixed(3)}, |D|>=eps ${s.fracAtLeastEps.toFixed(2)}, acc ${s.accuracy.toFixed(2)}`;
    console.log(`before: ${f(r.before)}\nstandard: ${f(r.standard.after)}\nadversarial: ${f(r.adversarial.after)}`);
    // Both arms fit the training set, so D_i are all positive and comparable.
    expect(r.standard.after.accuracy).toBe(1);
    expect(r.adversarial.after.accuracy).toBe(1);
    expect(r.adversarial.after.medianAbsD).toBeGreaterThan(r.standard.after.medianAbsD);
    expect(r.adversarial.after.fracAtLeastEps).toBeGreaterThanOrEqual(r.standard.after.fracAtLeastEps);
    expect(r.standard.after.dimples).toHaveLength(25);
    expect(Math.max(...r.adversarial.history.map((h) => h.maxPerturbation))).toBeLessThanOrEqual(eps * (1 + 1e-6) + 1e-7);
  });
});
