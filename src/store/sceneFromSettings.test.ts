import { describe, expect, it } from 'vitest';
import { makeDataset } from '../core/datasets';
import { DATA_SETTINGS, datasetSpecOf, REBUILD_SETTINGS, RECONFIGURE_SETTINGS } from './sceneFromSettings';
import { SCENE_PRESETS } from './presets';
import { SCENE_PRESET_IDS } from './scenePresetIds';
import { SETTINGS, defaultSettings, settingsInGroup } from './settings';

describe('rules derived from the settings registry', () => {
  // The hand-written lists these rules replaced, kept as the oracle.
  it('rebuild, reconfigure and data sets are the ones the engine bridge always used', () => {
    expect(new Set(REBUILD_SETTINGS)).toEqual(
      new Set(['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude', 'hidden', 'activation', 'initScale', 'preset']),
    );
    expect(new Set(RECONFIGURE_SETTINGS)).toEqual(new Set(['optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs']));
    expect(new Set(DATA_SETTINGS)).toEqual(new Set(['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude', 'preset']));
  });
  it('panel groups in the order the panel always showed', () => {
    expect(settingsInGroup('data')).toEqual(['manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude']);
    expect(settingsInGroup('network')).toEqual(['hidden', 'activation', 'initScale']);
    expect(settingsInGroup('training')).toEqual(['optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs']);
    expect(settingsInGroup('view')).toEqual(['colorByHeight', 'showManifold', 'showHiddenPoints', 'gridTrain', 'gridPaused']);
  });
});

describe('scene presets derived from the dataset presets and recipes of core', () => {
  it('one scene preset per id, each a valid value of the registry, each making its dataset', () => {
    expect(new Set(SCENE_PRESETS.map((p) => p.id))).toEqual(new Set(SCENE_PRESET_IDS));
    for (const p of SCENE_PRESETS) {
      expect(SETTINGS.preset.values).toContain(p.id);
      const d = makeDataset(datasetSpecOf({ ...defaultSettings(), ...p.settings }));
      expect(d.count, p.id).toBeGreaterThan(1);
    }
  });
  it('keeps the values the hand-written tables had', () => {
    const byId = Object.fromEntries(SCENE_PRESETS.map((p) => [p.id, p.settings]));
    expect(byId['paper-plane']).toMatchObject({
      manifold: 'plane3d',
      pattern: 'checkerboard',
      layout: 'paper',
      count: 25,
      hidden: [400],
      optimizer: 'adam',
      lr: 0.01,
      maxEpochs: 2000,
      speed: 1,
    });
    expect(byId['paper-plane-small-init']).toMatchObject({
      manifold: 'plane3d',
      count: 25,
      initScale: 1 / 3,
      optimizer: 'sgd',
      lr: 0.05,
      maxEpochs: 30000,
      speed: 200,
    });
    expect(byId['paper-line']).toMatchObject({
      manifold: 'line2d',
      pattern: 'alternating',
      layout: 'paper',
      count: 5,
      maxEpochs: 5000,
      speed: 5,
    });
    expect(byId['sheet-checker']).toMatchObject({ manifold: 'sheet3d', pattern: 'checkerboard', layout: 'grid', count: 36 });
    expect(byId.sphere).toMatchObject({ manifold: 'sphere3d', pattern: 'blobs', layout: 'random', count: 100 });
  });
});
