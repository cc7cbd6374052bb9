/**
 * The issue-6 experiments of src/core/experiments as the worker runs them: the core loops
 * themselves, given a checkpoint that yields to the worker's other messages between epochs
 * (progress, the heartbeat, cancel) and throws ClaimsCancelled when the run is stopped.
 */
import {
  adversarialTrain,
  type AdversarialOptions,
  type AdversarialRun,
  type AdvEpochRecord,
  type Bounds,
} from '../core/experiments/adversarialTraining';
import type { LabelledSet } from '../core/experiments/evaluate';
import {
  runGradientAlignment,
  type AlignmentPoint,
  type AlignmentRun,
  type AlignmentSeries,
  type TangentSpace,
} from '../core/experiments/gradientAlignment';
import type { TrainConfig } from '../core/model/trainConfig';
import type { StepStats } from '../core/model/trainer';
import { fitMlp, type FitResult } from '../core/experiments/fitMlp';

export interface RunHooks {
  /** Called between epochs; resolves after other work had a turn (a macrotask in the worker). */
  pause?: () => Promise<void>;
  /** True when the run was cancelled or superseded: the loop then throws ClaimsCancelled. */
  shouldStop?: () => boolean;
}

export class ClaimsCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The loops' hooks from a job's control: yield between steps, stop on abort. */
export const hooksOf = (job: { pause(): Promise<void>; shouldStop(): boolean }): RunHooks => ({
  pause: job.pause,
  shouldStop: job.shouldStop,
});

/** `run`'s result, or null when it was cancelled (ClaimsCancelled); other errors go on. */
export async function guarded<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ClaimsCancelled) return null;
    throw e;
  }
}

/** Longest stretch (ms) without yielding. */
const YIELD_MS = 40;

/** A checkpoint between epochs: yields when YIELD_MS have passed, throws when stopped. */
export function yielder(hooks: RunHooks): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last > YIELD_MS) {
      await hooks.pause?.();
      last = performance.now();
    }
    if (hooks.shouldStop?.()) throw new ClaimsCancelled();
  };
}

/** core/experiments/adversarialTraining.ts adversarialTrain, yielding between epochs. */
export function adversarialTrainYielding(
  data: LabelledSet,
  config: TrainConfig,
  adv: AdversarialOptions,
  bounds: Bounds,
  epochs: number,
  hooks: RunHooks,
  onEpoch?: (r: AdvEpochRecord) => void,
): Promise<AdversarialRun> {
  return adversarialTrain(data, config, adv, bounds, epochs, onEpoch, yielder(hooks));
}

/** core/experiments/fitMlp.ts fitMlp (bursts of 10 epochs), yielding between bursts. */
export function fitMlpYielding(
  set: LabelledSet,
  config: TrainConfig,
  hooks: RunHooks,
  onProgress?: (s: StepStats) => void,
): Promise<FitResult> {
  return fitMlp(set, config, { onProgress, checkpoint: yielder(hooks) });
}

/** core/experiments/gradientAlignment.ts runGradientAlignment, yielding between epochs. */
export function gradientAlignmentYielding(
  trainSet: LabelledSet,
  testSet: LabelledSet,
  space: TangentSpace,
  config: TrainConfig,
  run: AlignmentRun,
  hooks: RunHooks,
  onPoint?: (p: AlignmentPoint) => void,
): Promise<AlignmentSeries> {
  return runGradientAlignment(trainSet, testSet, space, config, run, onPoint, yielder(hooks));
}
