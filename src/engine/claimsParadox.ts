/**
 * core/experiments/paradox.ts runParadox as the worker runs it: the same three stages (train
 * N1, targeted PGD toward the wrong class, train a fresh N2 only on those points) with the
 * training stages yielding between bursts; claimsRuns.test.ts checks it matches runParadox.
 */
import { accuracy, type LabelledSet } from '../core/experiments/evaluate';
import { mislabelledSet, type ParadoxOptions, type ParadoxProgress, type ParadoxResult } from '../core/experiments/paradox';
import { fitMlpYielding, type RunHooks } from './claimsRuns';

export async function paradoxYielding(train: LabelledSet, test: LabelledSet, opts: ParadoxOptions, hooks: RunHooks, onProgress?: ParadoxProgress): Promise<ParadoxResult> {
  const { config } = opts;
  const n1 = opts.n1 ?? (await fitMlpYielding(train, config, hooks, (s) => onProgress?.('n1', s.epoch, config.maxEpochs, s))).weights;
  await hooks.pause?.();
  const made = mislabelledSet(n1, train, opts, onProgress);
  const n2Config = opts.n2Config ?? { ...config, seed: config.seed + 1 };
  const fit2 = await fitMlpYielding(made.set, n2Config, hooks, (s) => onProgress?.('n2', s.epoch, n2Config.maxEpochs, s));
  const K = test.numClasses;
  const counts = new Array<number>(K).fill(0);
  for (const l of test.labels) counts[l]++;
  return {
    n1,
    n2: fit2.weights,
    adversarial: made.set,
    originalLabels: train.labels.slice(),
    attackSuccess: made.success,
    meanPerturbation: made.meanPerturbation,
    n1TrainAccuracy: accuracy(n1, train),
    n1TestAccuracy: accuracy(n1, test),
    n2TestAccuracy: accuracy(fit2.weights, test),
    n2MislabelledAccuracy: accuracy(fit2.weights, made.set),
    n2CleanTrainAccuracy: accuracy(fit2.weights, train),
    chance: 1 / K,
    majority: Math.max(...counts) / Math.max(1, test.labels.length),
    n2Epochs: fit2.stats.epoch,
  };
}
