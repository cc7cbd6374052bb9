import { datasetPreset, type DatasetPresetId } from '../core/datasets/datasetPresets';
import { PAPER_RECIPE, SMALL_INIT_RECIPE, type TrainConfig } from '../core/model/trainConfig';
import type { ScenePresetId } from './scenePresetIds';
import type { Settings } from './settings';
import { runSummary } from './presetFacts';

export interface ScenePreset {
  id: ScenePresetId;
  label: string;
  /** One paragraph shown next to the scene. */
  description: string;
  settings: Partial<Settings>;
}

/** The settings a training recipe of core sets (the seed stays the user's). */
function recipeSettings(r: TrainConfig): Partial<Settings> {
  const { hidden, activation, initScale, optimizer, learningRate: lr, weightDecay, batchSize, marginTarget, maxEpochs } = r;
  return { hidden: [...hidden], activation, initScale, optimizer, lr, weightDecay, batchSize, marginTarget, maxEpochs };
}

/** The data settings of a dataset preset of core (manifold, labels, layout, count). */
function dataSettings(datasetId: string): Partial<Settings> {
  const spec = datasetPreset(datasetId);
  if (!spec) throw new Error(`no toy dataset preset "${datasetId}"`);
  return { ...spec };
}

interface PresetText {
  label: string;
  /** What the scene is; the description adds what its run measurably draws (presetFacts.ts). */
  setup: string;
  /** Where the toy does not behave as the paper's figure does, said plainly. */
  versusPaper?: string;
  /** Dataset preset id (defaults to the scene id). */
  data?: DatasetPresetId;
  recipe?: TrainConfig;
  extra: Partial<Settings>;
}

const PRESET_TEXT: Record<ScenePresetId, PresetText> = {
  'paper-plane': {
    label: 'Paper 3-D: checkerboard plane',
    setup: "The paper's 3-D figure: a 5×5 checkerboard on the plane z = 0.5, a 3-400-1 ReLU network, full-batch Adam (lr 0.01).",
    versusPaper: "The paper's figure shows a wavy sheet hugging z = 0.5; here that is only the part of the surface near the plane.",
    extra: { speed: 1 },
  },
  'paper-plane-small-init': {
    label: 'Ablation: small init + SGD',
    setup:
      "Same data with the initialisation divided by 3 and SGD lr 0.05 (the later code's setting): the small-init effect of Melamed et al. (2023). Compare its final C with the paper 3-D preset's.",
    data: 'paper-plane',
    recipe: SMALL_INIT_RECIPE,
    extra: { speed: 200 },
  },
  'paper-line': {
    label: 'Paper 2-D: five points on a line',
    setup:
      "The paper's 2-D figure: five points on y = 0.5 with alternating labels, here a 2-400-1 ReLU net (the paper's network is unverified).",
    versusPaper:
      "Unlike the paper's figure, where the boundary lies along the line by epoch ~30, this network does not cling: it wraps the blue points.",
    extra: { speed: 5, maxEpochs: 5000 },
  },
  'dense-line': { label: 'Line, 15 points', setup: 'A denser line: fifteen alternating points on y = 0.5.', extra: { speed: 2 } },
  'dense-plane': {
    label: 'Plane, 8×8 checkerboard',
    setup: 'A finer 8×8 checkerboard on the plane z = 0.5: more dimples.',
    extra: { speed: 2 },
  },
  'sheet-spiral': {
    label: 'Curved sheet, spiral',
    setup: 'Two interleaved spirals on a wavy sheet: the boundary must separate the classes along a curved manifold.',
    extra: { speed: 2 },
  },
  'sheet-checker': {
    label: 'Curved sheet, checkerboard',
    setup: 'A checkerboard on a wavy sheet: clinging on a curved manifold.',
    extra: { speed: 2 },
  },
  sphere: { label: 'Sphere, two blobs', setup: 'Two caps of a sphere, one class each.', extra: { speed: 2 } },
};

/**
 * Ready-made scenes (docs/science.md §2): a dataset preset of core plus a training recipe of core
 * (the paper's unless named) plus the pace. 'custom' is whatever the user changed.
 */
export const SCENE_PRESETS: ScenePreset[] = (Object.entries(PRESET_TEXT) as [ScenePresetId, PresetText][]).map(([id, t]) => {
  const settings = { ...recipeSettings(t.recipe ?? PAPER_RECIPE), ...dataSettings(t.data ?? id), ...t.extra };
  // Setup, then what this run measurably draws (presetFacts.ts, kept true by its test), then the paper.
  const summary = runSummary(id, settings.manifold === 'line2d' ? 2 : 3, settings.marginTarget!, settings.maxEpochs!);
  return { id, label: t.label, description: [t.setup, summary, t.versusPaper].filter(Boolean).join(' '), settings };
});

export function presetById(id: string): ScenePreset | undefined {
  return SCENE_PRESETS.find((p) => p.id === id);
}
