/** One epoch of an image-training run as the store keeps it, for the store's tests (training time = epoch seconds). */
import { stat } from '../../core/stats';
import type { EpochMetrics } from '../imageTrainingLive';

export const epochRecord = (epoch: number, withAttack: boolean): EpochMetrics => ({
  epoch,
  steps: epoch * 125,
  trainSeconds: epoch,
  metricSeconds: 0.5,
  passSeconds: { evaluation: 0.25, gradient: 0.125, slice: 0.125, attack: 0 },
  trainLoss: epoch ? 0.5 : NaN,
  trainLossAfter: 0.45,
  trainAccuracy: 0.9,
  testLoss: 0.4,
  testAccuracy: 0.91,
  rhoGrad: stat([0.1, 0.3]),
  gradNull: { mean: 0.11, lo: 0.04, hi: 0.2, support: 196, count: 2 },
  cadence: 'test cadence',
  snapshot: true,
  attack: withAttack
    ? {
        free: stat([0.4]),
        on: stat([1.2]),
        off: stat([0.5]),
        rhoDelta: stat([0.2]),
        deltaNull: { mean: 0.12, lo: 0.05, hi: 0.21, support: 135, count: 1 },
        rOn: 3,
        rOff: 1.25,
        consistency: 1 / 9 + 0.64,
        complete: 1,
        attacked: 1,
        seconds: 0.3,
      }
    : null,
});
