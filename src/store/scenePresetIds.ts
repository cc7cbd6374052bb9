/**
 * The scene presets' ids, which links carry as `?preset=`. Each is the id of the dataset preset
 * (core/datasets/datasetPresets.ts) it draws its data from, except the ablation, which
 * reuses the paper plane's data with another training recipe (store/presets.ts).
 */
export const SCENE_PRESET_IDS = [
  'paper-line',
  'dense-line',
  'paper-plane',
  'paper-plane-small-init',
  'dense-plane',
  'sheet-spiral',
  'sheet-checker',
  'sphere',
] as const;
export type ScenePresetId = (typeof SCENE_PRESET_IDS)[number];
