import { describe, expect, it } from 'vitest';
import { JsTrainer } from '../core/model/jsTrainer';
import { PAPER_RECIPE, SMALL_INIT_RECIPE, type TrainConfig } from '../core/model/trainConfig';
import { makeDataset } from '../core/datasets';
import { computeMetrics } from '../core/geometry/snapshotMetrics';

/** docs/science.md §2: the paper recipe clings (C falls fast, ends small); small init clings far less. */
const plane = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const scene = { spec: plane.spec, points: plane.points, labels: plane.labels, numClasses: 2 };

async function run(config: TrainConfig, marks: number[]): Promise<{ c: Record<number, number>; accuracy: number; epoch: number }> {
  const t = new JsTrainer(plane.points, plane.labels, 3, 2, config);
  const c: Record<number, number> = {};
  let s = await t.stats();
  const measure = async () => (c[t.epoch] = computeMetrics(await t.exportWeights(), plane.manifold, scene).clinging);
  await measure();
  for (const m of marks) {
    s = await t.train(m - t.epoch);
    await measure();
  }
  while (!(s.accuracy === 1 && s.minMargin > config.marginTarget) && t.epoch < config.maxEpochs) s = await t.train(50);
  c[-1] = computeMetrics(await t.exportWeights(), plane.manifold, scene).clinging;
  return { c, accuracy: s.accuracy, epoch: t.epoch };
}

describe('the paper 3-D recipe reproduces clinging (docs/science.md §2)', () => {
  it('standard init + Adam: 100 % within ~500 epochs, C(30) well below the cap 0.5, final C <= 0.2 (mean of 3 seeds)', async () => {
    const runs = await Promise.all([1, 2, 3].map((seed) => run({ ...PAPER_RECIPE, seed, maxEpochs: 600 }, [10, 30])));
    for (const r of runs) {
      expect(r.accuracy).toBe(1);
      expect(r.epoch).toBeLessThanOrEqual(600);
    }
    const mean = (k: number) => runs.reduce((s, r) => s + r.c[k], 0) / runs.length;
    console.log(
      'C(0), C(10), C(30), C(end) per seed:',
      runs.map((r) => [r.c[0], r.c[10], r.c[30], r.c[-1]].map((v) => v.toFixed(3)).join(' ')),
    );
    // Measured: a random init can cut the data square here and there (C(0) = 0.2-0.44); by epoch
    // 10 the boundary has left the data region (C = 0.5, the cap) and by 30 it clings again.
    expect(mean(10)).toBeGreaterThan(0.45);
    expect(mean(30)).toBeLessThan(0.4);
    expect(mean(30)).toBeLessThan(mean(10) - 0.1);
    expect(mean(-1)).toBeLessThanOrEqual(0.2);
  });

  it('small init + SGD ends with a clearly larger C', async () => {
    const standard = await run({ ...PAPER_RECIPE, seed: 1, maxEpochs: 600 }, []);
    const small = await run({ ...SMALL_INIT_RECIPE, seed: 1, maxEpochs: 30000 }, []);
    expect(small.accuracy).toBe(1);
    console.log(
      `final C: standard ${standard.c[-1].toFixed(3)} (epoch ${standard.epoch}), small init ${small.c[-1].toFixed(3)} (epoch ${small.epoch})`,
    );
    expect(small.c[-1]).toBeGreaterThan(standard.c[-1] + 0.08);
  }, 240_000);
});
