import type { DatasetSpec } from '../core/datasets';
import type { TrainConfig } from '../core/model/trainConfig';
import type { Settings } from './settings';

/** The dataset spec a settings object describes (derived, never stored twice). */
export function datasetSpecOf(s: Settings): DatasetSpec {
  return {
    manifold: s.manifold,
    pattern: s.pattern,
    layout: s.layout,
    count: s.count,
    seed: s.seed,
    amplitude: s.amplitude,
  };
}

export function trainConfigOf(s: Settings): TrainConfig {
  return {
    hidden: [...s.hidden],
    activation: s.activation,
    initScale: s.initScale,
    optimizer: s.optimizer,
    learningRate: s.lr,
    weightDecay: s.weightDecay,
    batchSize: s.batchSize,
    seed: s.seed,
    marginTarget: s.marginTarget,
    maxEpochs: s.maxEpochs,
  };
}

/** Settings that define the generated points (a change replaces edited points). */
export const DATA_SETTINGS = ['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude', 'preset'] as const;

/** Settings whose change needs a new network (others only change the optimiser or the view). */
export const REBUILD_SETTINGS = ['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude', 'hidden', 'activation', 'initScale', 'preset'] as const;
export const RECONFIGURE_SETTINGS = ['optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs'] as const;
