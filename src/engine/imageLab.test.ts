import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageSetFetcher } from '../core/datasets/mnist14';
import type { ModelFiles } from '../core/experiments/imageExperimentModels';
import { margin, predictClass } from '../core/model/classifier';
import { attackImage } from './imageAttack';
import { loadImageLab, type ImageLab } from './imageLab';
import { imageSlice } from './imageSlice';
import { classifierBatch, imageVertexLogits, mlpVertexLogits, sliceMarginGrid } from './imageSliceGrid';

const ROOT = join(__dirname, '..', '..');
const disk = (dir: string): ModelFiles & ImageSetFetcher => ({
  json: async (p) => JSON.parse(readFileSync(join(ROOT, dir, p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(ROOT, dir, p))),
});
const choice = { dataset: 'mnist14' as const, k: 16, dataBase: 'unused' };
let lab: ImageLab;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const before = tf.memory().numTensors;
  lab = await loadImageLab(choice, disk('models'), disk('public/data'), null);
  expect(tf.memory().numTensors).toBe(before); // tfjs models are disposed after copying
});

const sq = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x * x, 0);

describe('image lab in the worker', () => {
  it('loads the test split and models; a new k reuses the data and the classifier', async () => {
    expect(lab.info).toMatchObject({ dataset: 'mnist14', k: 16, n: 196, side: 14, classifierId: 'mnist14-mlp', availableK: [8, 16, 32] });
    const lab8 = await loadImageLab({ ...choice, k: 8 }, disk('models'), disk('public/data'), lab);
    expect(lab8.test).toBe(lab.test);
    expect(lab8.classifier).toBe(lab.classifier);
    expect(lab8.maps.k).toBe(8);
  });

  it('PGD-L2 flips a digit; the seven panels decompose δ exactly', () => {
    const run = attackImage(
      lab,
      { attackId: 'pgdL2', index: 1, params: { eps: 2, steps: 100, relStepSize: 0.01, randomStart: false, earlyStop: true } },
      1,
    );
    const r = run.result;
    expect(r.success).toBe(true);
    expect(r.panels.map((p) => p.key)).toEqual(['x', 'delta', 'tangent', 'normal', 'adv', 'advTangent', 'advNormal']);
    const [x, d, pt, pn, adv] = r.panels;
    expect(x.pred).toBe(r.originalClass);
    expect(adv.pred).toBe(r.finalClass);
    expect(adv.pred).not.toBe(x.pred);
    expect(d.norm).toBeCloseTo(r.l2, 6);
    expect(pt.norm ** 2 + pn.norm ** 2).toBeCloseTo(d.norm ** 2, 6);
    expect(r.rho).toBeCloseTo(pt.norm ** 2 / d.norm ** 2, 6);
    expect(r.rank).toBe(16);
    expect(r.nullMean).toBeCloseTo(16 / 196, 9);
    // The support-matched null keeps delta's zero pixels (those held on a box face).
    const zeros = Array.from(d.pixels).filter((v) => v === 0).length;
    expect(r.supportNull?.support).toBe(196 - zeros);
    expect(zeros).toBeGreaterThan(0);
    expect(r.supportNull!.lo).toBeLessThanOrEqual(r.supportNull!.mean);
    expect(r.supportNull!.hi).toBeGreaterThanOrEqual(r.supportNull!.mean);
    for (let i = 0; i < 196; i++) expect(pt.pixels[i] + pn.pixels[i]).toBeCloseTo(d.pixels[i], 5);
  });

  it('on-manifold PGD keeps δ in the tangent space (up to the final clip to [0, 1])', () => {
    const r = attackImage(
      lab,
      { attackId: 'pgdOnManifold', index: 3, params: { eps: 4, steps: 400, relStepSize: 0.005, randomStart: false, earlyStop: true } },
      2,
    ).result;
    const [, d, , pn] = r.panels;
    expect(d.norm).toBeGreaterThan(0.1);
    // pgdL2.constrain alternates P_T and the box for 20 rounds, box last: a tiny normal residue remains.
    expect(pn.norm / d.norm).toBeLessThan(1e-2);
    const free = attackImage(
      lab,
      { attackId: 'pgdL2', index: 3, params: { eps: 4, steps: 400, relStepSize: 0.005, randomStart: false, earlyStop: true } },
      2,
    ).result;
    expect(free.panels[3].norm / free.panels[1].norm).toBeGreaterThan(0.5);
  });

  it('the slice grid equals the classifier margin, and the mesh and path are consistent', async () => {
    const run = attackImage(
      lab,
      { attackId: 'pgdL2', index: 2, params: { eps: 2, steps: 100, relStepSize: 0.01, randomStart: false, earlyStop: true } },
      3,
    );
    const { x0, Q } = run;
    const cls = predictClass(lab.classifier.logits(x0));
    const U = [Q[0], Q[1], Q[2]];
    const res = 5;
    const ext = 0.7;
    const before = tf.memory().numTensors;
    const grid = (await sliceMarginGrid(mlpVertexLogits(lab.weights!, x0, U), 3, cls, res, ext)).margins;
    const generic = (await sliceMarginGrid(imageVertexLogits(classifierBatch(lab.classifier), x0, U), 3, cls, res, ext)).margins;
    for (let v = 0; v < grid.length; v++) expect(generic[v]).toBeCloseTo(grid[v], 4);
    for (const [i, j, k] of [
      [0, 0, 0],
      [4, 2, 1],
      [2, 2, 2],
      [1, 4, 3],
    ]) {
      const c = [i, j, k].map((t) => ext * (-1 + (2 * t) / (res - 1)));
      const x = x0.map((v, p) => v + c[0] * U[0][p] + c[1] * U[1][p] + c[2] * U[2][p]);
      expect(grid[i + res * (j + res * k)]).toBeCloseTo(margin(lab.classifier.logits(x), cls), 4);
    }
    const s = await imageSlice(lab, run, { res: 16, third: 'attack' });
    expect(s.indices.length).toBeGreaterThan(0);
    expect(Math.max(...s.indices)).toBeLessThan(s.positions.length / 3);
    for (const v of s.positions) expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-6);
    expect(Array.from(s.path.subarray(0, 3))).toEqual([0, 0, 0]);
    // x + δ lies in the attack slice: its projected norm equals |δ| (in units of the extent).
    const end = s.path.subarray(s.path.length - 3);
    expect(Math.sqrt(sq(end)) * s.extent).toBeCloseTo(run.result.l2, 4);
    expect(s.originalShare).toBeGreaterThan(0);
    expect(s.originalShare).toBeLessThan(1);
    const normal = await imageSlice(lab, run, { res: 10, third: 'normal' });
    expect(normal.axisLabels[2]).toMatch(/normal/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a drawn digit outside [0, 1] is clipped; a bad index is refused', () => {
    const px = new Float32Array(196).fill(2);
    expect(attackImage(lab, { attackId: 'fgm', pixels: px }, 4).result.panels[0].pixels[0]).toBe(1);
    expect(() => attackImage(lab, { attackId: 'fgm', index: 99999 }, 5)).toThrow(/no test image/);
  });
});
