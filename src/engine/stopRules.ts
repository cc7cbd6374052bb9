import { marginRuleMet, type StepStats } from '../core/model/trainer';
import type { TrainConfig } from '../core/model/trainConfig';
import type { NoticeEvent, RunState } from './protocol';

/** Loss above this counts as exploding (BCE of a sane net on toy data is a few units at most). */
export const EXPLODING_LOSS = 1e4;

export interface StopVerdict {
  state: Extract<RunState, 'diverged' | 'converged' | 'max-epochs'>;
  notice: NoticeEvent;
}

/**
 * Whether training must stop after these stats: divergence (NaN or exploding loss, with what to
 * change), the paper's margin rule (docs/science.md §2; off once the user plays on past it) or the
 * epoch cap. Null: keep going.
 */
export function stopVerdict(stats: StepStats, config: TrainConfig, marginStop: boolean, lastGoodEpoch: number | null): StopVerdict | null {
  if (!Number.isFinite(stats.loss) || stats.loss > EXPLODING_LOSS) {
    const what = Number.isFinite(stats.loss) ? `exploded to ${stats.loss.toExponential(2)}` : 'became NaN';
    const restore = lastGoodEpoch !== null ? ` (epoch ${lastGoodEpoch})` : '';
    return {
      state: 'diverged',
      notice: {
        type: 'notice',
        level: 'error',
        message: `Training diverged at epoch ${stats.epoch}: the loss ${what}. Lower the learning rate (now ${config.learningRate}) or the init scale, then restore the last good checkpoint${restore} or reset.`,
        action: lastGoodEpoch !== null ? 'restore-checkpoint' : undefined,
      },
    };
  }
  if (marginStop && marginRuleMet(stats, config.marginTarget)) {
    return {
      state: 'converged',
      notice: {
        type: 'notice',
        level: 'info',
        message: `Converged at epoch ${stats.epoch}: every training point is on its side with margin > ${config.marginTarget}.`,
      },
    };
  }
  if (stats.epoch >= config.maxEpochs) {
    return { state: 'max-epochs', notice: { type: 'notice', level: 'info', message: `Stopped at the epoch limit (${config.maxEpochs}).` } };
  }
  return null;
}
