/**
 * core/experiments/paradox.ts runParadox as the worker runs it: the same pipeline (train N1,
 * targeted PGD toward the wrong class, train a fresh N2 only on those points) with a checkpoint
 * that yields between training bursts and cancels.
 */
import type { LabelledSet } from '../core/experiments/evaluate';
import { runParadox, type ParadoxOptions, type ParadoxProgress, type ParadoxResult } from '../core/experiments/paradox';
import { yielder, type RunHooks } from './claimsRuns';

export function paradoxYielding(
  train: LabelledSet,
  test: LabelledSet,
  opts: ParadoxOptions,
  hooks: RunHooks,
  onProgress?: ParadoxProgress,
): Promise<ParadoxResult> {
  return runParadox(train, test, { ...opts, checkpoint: yielder(hooks) }, onProgress);
}
