import type { DatasetSpec } from '../core/datasets';
import type { TrainConfig } from '../core/model/trainConfig';
import { settingsInGroup, settingsWithEffect, type SettingName, type Settings } from './settings';

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

/** Settings that define the generated points (a change replaces edited points): the data group and the scene. */
export const DATA_SETTINGS: readonly SettingName[] = [...settingsInGroup('scene'), ...settingsInGroup('data')];

/** Settings whose change needs new data and a new network (registry effect 'rebuild'). */
export const REBUILD_SETTINGS: readonly SettingName[] = settingsWithEffect('rebuild');
/** Settings whose change keeps the weights and reconfigures the optimiser (effect 'reconfigure'). */
export const RECONFIGURE_SETTINGS: readonly SettingName[] = settingsWithEffect('reconfigure');
