import { LABEL_PATTERNS, LAYOUTS, DATASET_LIMITS } from '../core/datasets/spec';
import { HIDDEN_ACTIVATIONS } from '../core/model/mlpWeights';
import { OPTIMIZERS, TRAIN_LIMITS } from '../core/model/trainConfig';
import type { BackendPref } from '../engine/protocol';
import { SCENE_PRESET_IDS } from './scenePresetIds';

/**
 * The one typed settings registry (TF Playground's state.ts habit): name, type, default,
 * allowed values or range, the help text that becomes the control's tooltip, the panel group it
 * sits in and what a change to it does. The URL codec, the store, the panels and the rebuild
 * rules (sceneFromSettings.ts) all read this table. Ranges shared with core come from core.
 */
export type { SettingDef, SettingEffect, SettingGroup } from './settingTypes';
import type { SettingDef, SettingEffect, SettingGroup } from './settingTypes';
import { IMAGE_SETTINGS } from './imageSettings';

/** The engine's backend choices (engine/protocol.ts), in the order the menu offers them. */
const BACKEND_PREFS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu', 'js'] as const satisfies readonly BackendPref[];

export const SETTINGS = {
  preset: {
    kind: 'enum',
    values: [...SCENE_PRESET_IDS, 'custom'],
    default: 'paper-plane',
    group: 'scene',
    effect: 'rebuild',
    label: 'Scene',
    help: 'A ready-made dataset and training recipe. The paper presets reproduce the figures of Shamir et al. (2021).',
  },
  manifold: {
    kind: 'enum',
    values: ['line2d', 'plane3d', 'sheet3d', 'sphere3d'],
    default: 'plane3d',
    group: 'data',
    effect: 'rebuild',
    label: 'Manifold',
    help: 'The data manifold M: a line in R², a plane, a curved sheet or a sphere in R³.',
  },
  pattern: {
    kind: 'enum',
    values: LABEL_PATTERNS,
    default: 'checkerboard',
    group: 'data',
    effect: 'rebuild',
    label: 'Labels',
    help: 'How the two classes are arranged on the manifold.',
  },
  layout: {
    kind: 'enum',
    values: LAYOUTS,
    default: 'paper',
    group: 'data',
    effect: 'rebuild',
    label: 'Layout',
    help: "Where the points sit: the paper's exact points, a regular grid, or uniformly random from the seed.",
  },
  count: {
    kind: 'number',
    min: 2,
    max: DATASET_LIMITS.maxCount,
    integer: true,
    default: 25,
    group: 'data',
    effect: 'rebuild',
    label: 'Points',
    help: 'Number of training points (grid and random layouts).',
  },
  seed: {
    kind: 'number',
    min: 0,
    max: 2 ** 31 - 1,
    integer: true,
    default: 1,
    group: 'data',
    effect: 'rebuild',
    label: 'Seed',
    help: 'Seeds the data, the initial weights and the shuffling: the same seed gives the same run on the same backend.',
  },
  amplitude: {
    kind: 'number',
    min: 0,
    max: DATASET_LIMITS.maxAmplitude,
    default: 0.1,
    group: 'data',
    effect: 'rebuild',
    label: 'Sheet amplitude',
    help: 'Height of the sine waves of the curved sheet.',
  },
  hidden: {
    kind: 'intList',
    min: 1,
    max: TRAIN_LIMITS.maxWidth,
    maxLength: TRAIN_LIMITS.maxDepth,
    default: [400],
    group: 'network',
    effect: 'rebuild',
    label: 'Hidden layers',
    help: "Widths of the hidden layers, comma-separated. The paper's toy network is 400 (3-400-1).",
  },
  activation: {
    kind: 'enum',
    values: HIDDEN_ACTIVATIONS,
    default: 'relu',
    group: 'network',
    effect: 'rebuild',
    label: 'Activation',
    help: 'Hidden-layer nonlinearity (ReLU in the paper; tanh is about 4x slower on the CPU backends).',
  },
  initScale: {
    kind: 'number',
    min: TRAIN_LIMITS.minInitScale,
    max: TRAIN_LIMITS.maxInitScale,
    default: 1,
    group: 'network',
    effect: 'rebuild',
    label: 'Init scale',
    help: 'Multiplies the standard (PyTorch-default) initialisation. Smaller init clings less (Melamed et al. 2023).',
  },
  optimizer: {
    kind: 'enum',
    values: OPTIMIZERS,
    default: 'adam',
    group: 'training',
    effect: 'reconfigure',
    label: 'Optimizer',
    help: 'Adam (the paper-figure recipe) or plain SGD (the small-init ablation).',
  },
  lr: {
    kind: 'number',
    min: TRAIN_LIMITS.minLearningRate,
    max: TRAIN_LIMITS.maxLearningRate,
    default: 0.01,
    group: 'training',
    effect: 'reconfigure',
    label: 'Learning rate',
    help: 'Step size of the optimizer. Too large a rate makes the loss explode; the app pauses and offers the last good checkpoint.',
  },
  weightDecay: {
    kind: 'number',
    min: 0,
    max: TRAIN_LIMITS.maxWeightDecay,
    default: 0,
    group: 'training',
    effect: 'reconfigure',
    label: 'Weight decay',
    help: 'L2 penalty (λ/2)|W|² added to the loss. Weight decay makes the boundary cling less (Melamed et al. 2023).',
  },
  batchSize: {
    kind: 'number',
    min: 0,
    max: 4096,
    integer: true,
    default: 0,
    group: 'training',
    effect: 'reconfigure',
    label: 'Batch size',
    help: '0 = full batch (the paper). Otherwise the training set is shuffled into mini-batches every epoch.',
  },
  marginTarget: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 0.01,
    group: 'training',
    effect: 'reconfigure',
    label: 'Stop margin',
    help: 'Training stops when every point is classified correctly with a signed logit margin above this (0.01 in the paper).',
  },
  maxEpochs: {
    kind: 'number',
    min: 1,
    max: TRAIN_LIMITS.maxEpochs,
    integer: true,
    default: 2000,
    group: 'training',
    effect: 'reconfigure',
    label: 'Max epochs',
    help: 'Training stops at this epoch even if the margin is not reached.',
  },
  backend: {
    kind: 'enum',
    values: BACKEND_PREFS,
    default: 'auto',
    group: 'backend',
    effect: 'backend',
    label: 'Backend',
    help: 'Where training runs: the tfjs backends webgpu, webgl, wasm, cpu, or js (plain-JS kernels for small toy nets). Auto: WebGPU on a hardware GPU, otherwise the fastest measured on this machine.',
  },
  speed: {
    kind: 'number',
    min: 0.05,
    max: 1_000_000,
    default: 1,
    group: 'transport',
    effect: 'view',
    label: 'Speed',
    help: 'Epochs per tick (about 60 ticks a second). Below 1 is slow motion.',
  },
  colorByHeight: {
    kind: 'bool',
    default: true,
    group: 'view',
    effect: 'view',
    label: 'Colour by height',
    help: "Colour the boundary surface by its height z with the paper's jet map clamped to [0.35, 0.65]; off gives a neutral colour.",
  },
  showManifold: {
    kind: 'bool',
    default: true,
    group: 'view',
    effect: 'view',
    label: 'Show manifold',
    help: 'Draw the data manifold (line, plane, sheet or sphere).',
  },
  showHiddenPoints: {
    kind: 'bool',
    default: true,
    group: 'view',
    effect: 'view',
    label: 'Points through boundary',
    help: 'Draw the parts of points that the boundary surface (or the manifold) hides as flat discs in their class colour, so no point disappears under the surface.',
  },
  ...IMAGE_SETTINGS,
  gridTrain: {
    kind: 'number',
    min: 8,
    max: 96,
    integer: true,
    default: 32,
    group: 'view',
    effect: 'view',
    label: 'Grid (training)',
    help: 'Resolution of the boundary grid while training (per axis).',
  },
  gridPaused: {
    kind: 'number',
    min: 8,
    max: 128,
    integer: true,
    default: 64,
    group: 'view',
    effect: 'view',
    label: 'Grid (paused)',
    help: 'Resolution of the boundary grid when paused (per axis).',
  },
} as const satisfies Record<string, SettingDef>;

export type SettingName = keyof typeof SETTINGS;

type ValueOf<D> = D extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : D extends { kind: 'number' }
    ? number
    : D extends { kind: 'bool' }
      ? boolean
      : D extends { kind: 'intList' }
        ? number[]
        : never;

export type Settings = { -readonly [K in SettingName]: ValueOf<(typeof SETTINGS)[K]> };

const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** The settings of a panel group, in registry order. */
export function settingsInGroup(group: SettingGroup): SettingName[] {
  return SETTING_NAMES.filter((n) => SETTINGS[n].group === group);
}

/** The settings whose change has this effect, in registry order. */
export function settingsWithEffect(effect: SettingEffect): SettingName[] {
  return SETTING_NAMES.filter((n) => SETTINGS[n].effect === effect);
}

export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(SETTINGS)) out[k] = Array.isArray(d.default) ? [...d.default] : d.default;
  return out as Settings;
}

/** Validate one value against its definition; returns the repaired value or null if hopeless. */
export function coerceSetting(name: SettingName, raw: unknown): { value: unknown; repaired: boolean } | null {
  const d: SettingDef = SETTINGS[name];
  switch (d.kind) {
    case 'enum':
      return typeof raw === 'string' && d.values.includes(raw) ? { value: raw, repaired: false } : null;
    case 'bool':
      if (typeof raw === 'boolean') return { value: raw, repaired: false };
      if (raw === '1' || raw === 'true') return { value: true, repaired: false };
      if (raw === '0' || raw === 'false') return { value: false, repaired: false };
      return null;
    case 'number': {
      const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(v)) return null;
      let c = Math.min(d.max, Math.max(d.min, v));
      if (d.integer) c = Math.round(c);
      return { value: c, repaired: c !== v };
    }
    case 'intList': {
      const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/).filter(Boolean) : null;
      if (!parts || parts.length === 0) return null;
      const nums = parts.map((p) => Number(p));
      if (nums.some((n) => !Number.isFinite(n))) return null;
      const list = nums.slice(0, d.maxLength).map((n) => Math.min(d.max, Math.max(d.min, Math.round(n))));
      const repaired = list.length !== nums.length || list.some((v, i) => v !== nums[i]);
      return { value: list, repaired };
    }
  }
}
