import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../core/datasets';
import { adversarialTrain } from '../core/experiments/adversarialTraining';
import { asSet } from '../core/experiments/evaluate';
import { fitMlp } from '../core/experiments/fitMlp';
import { exactTangentSpace, runGradientAlignment } from '../core/experiments/gradientAlignment';
import { heldOutDataset } from '../core/experiments/heldOut';
import { runParadox } from '../core/experiments/paradox';
import type { MlpWeights } from '../core/model/mlpWeights';
import { PAPER_RECIPE } from '../core/model/trainConfig';
import { ClaimsCancelled, yielder, type RunHooks } from './claimsRuns';
import { ALIGN_RECIPE, alignmentSpec, checkAdvRequest, checkAlignRequest, checkParadoxRequest } from './claimsRequests';

const paper = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
const small = { ...PAPER_RECIPE, hidden: [24] };
const flat = (w: MlpWeights) => w.layers.flatMap((l) => [...l.W, ...l.b]);
let pauses = 0;
const hooks: RunHooks = { pause: async () => void pauses++ };

describe("the core experiments with the worker's checkpoint give the same results", () => {
  it('adversarial training (mini-batches, mix 0.5): same weights and history', async () => {
    const cfg = { ...small, batchSize: 10, seed: 3 };
    const adv = { norm: 'Linf' as const, eps: 0.08, steps: 4, mix: 0.5 };
    const core = await adversarialTrain(asSet(paper), cfg, adv, paper.manifold.bounds, 12);
    const mine = await adversarialTrain(asSet(paper), cfg, adv, paper.manifold.bounds, 12, undefined, yielder(hooks));
    expect(flat(mine.weights)).toEqual(flat(core.weights));
    expect(mine.history).toEqual(core.history);
    expect(flat(mine.initial)).toEqual(flat(core.initial));
  });

  it('fitMlp: same weights and stats; the paradox: same numbers, N2 only on wrong labels', async () => {
    const cfg = { ...small, maxEpochs: 300 };
    const core = await fitMlp(asSet(paper), cfg);
    const mine = await fitMlp(asSet(paper), cfg, { checkpoint: yielder(hooks) });
    expect(flat(mine.weights)).toEqual(flat(core.weights));
    expect(mine.stats).toEqual(core.stats);
    const test = asSet(heldOutDataset(paper, 80));
    const opts = {
      config: cfg,
      attack: { norm: 'L2' as const, eps: 0.2, steps: 10 },
      target: 'other' as const,
      bounds: paper.manifold.bounds,
      seed: 2,
    };
    const a = await runParadox(asSet(paper), test, opts);
    const b = await runParadox(asSet(paper), test, { ...opts, checkpoint: yielder(hooks) });
    expect(flat(b.n2)).toEqual(flat(a.n2));
    expect({ ...b, n1: 0, n2: 0 }).toEqual({ ...a, n1: 0, n2: 0 });
    for (let i = 0; i < paper.count; i++) expect(b.adversarial.labels[i]).toBe(1 - paper.labels[i]);
  });

  it('gradient alignment: the same series; epochs trained one at a time', async () => {
    const r = { n: 12, k: 2, epochs: 7, every: 3 };
    const train = makeDataset(alignmentSpec(r));
    const test = heldOutDataset(train, 20);
    const space = exactTangentSpace(train.manifold);
    const core = await runGradientAlignment(asSet(train), asSet(test), space, ALIGN_RECIPE, r);
    const mine = await runGradientAlignment(asSet(train), asSet(test), space, ALIGN_RECIPE, r, undefined, yielder(hooks));
    expect(mine).toEqual(core);
    expect(mine.points.map((p) => p.epoch)).toEqual([0, 3, 6, 7]);
  });

  it('stops with ClaimsCancelled when shouldStop turns true, and yields when time passes', async () => {
    let calls = 0;
    const stop = { pause: async () => void 0, shouldStop: () => ++calls > 3 };
    await expect(
      adversarialTrain(
        asSet(paper),
        small,
        { norm: 'L2', eps: 0.1, steps: 2, mix: 0.5 },
        paper.manifold.bounds,
        50,
        undefined,
        yielder(stop),
      ),
    ).rejects.toBeInstanceOf(ClaimsCancelled);
    expect(calls).toBe(4);
    // A clock that advances 100 ms per reading: every checkpoint (one per 10-epoch burst) yields.
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
    pauses = 0;
    try {
      await fitMlp(asSet(paper), { ...small, maxEpochs: 50, marginTarget: Infinity }, { checkpoint: yielder(hooks) });
    } finally {
      clock.mockRestore();
    }
    expect(pauses).toBe(5);
  });
});

describe('claims requests', () => {
  it('clamps into range, rounds counts and rejects non-numbers and unknown norms', () => {
    expect(checkAdvRequest({ eps: 5, norm: 'L2', steps: 2.6, mix: -1, epochs: 0 })).toEqual({
      eps: 1,
      norm: 'L2',
      steps: 3,
      mix: 0,
      epochs: 1,
    });
    expect(() => checkAdvRequest({ eps: NaN, norm: 'L2', steps: 2, mix: 0.5, epochs: 10 })).toThrow();
    expect(() => checkAdvRequest({ eps: 0.1, norm: 'L1' as 'L2', steps: 2, mix: 0.5, epochs: 10 })).toThrow();
    expect(checkParadoxRequest({ eps: 0.2, target: 'next', epochs: 100 }, 2).target).toBe('other');
    expect(checkParadoxRequest({ eps: 0.2, target: 'other', epochs: 100 }, 3).target).toBe('next');
    expect(checkAlignRequest({ n: 2000, k: 900, epochs: 10, every: 0 })).toEqual({ n: 784, k: 783, epochs: 10, every: 1 });
  });
});
