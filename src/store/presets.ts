import { presetById as datasetPresetById } from '../core/datasets/datasetSpecDefaults';
import { PAPER_RECIPE, SMALL_INIT_RECIPE, type TrainConfig } from '../core/model/trainConfig';
import type { ScenePresetId } from './scenePresetIds';
import type { Settings } from './settings';

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
  const p = datasetPresetById(datasetId);
  if (!p || p.spec.manifold === 'planeRn' || p.spec.manifold === 'spheresRn') throw new Error(`no toy dataset preset "${datasetId}"`);
  const { manifold, pattern, layout, count } = p.spec;
  return { manifold, pattern, layout, count };
}

interface PresetText {
  label: string;
  description: string;
  /** Dataset preset id (defaults to the scene id). */
  data?: string;
  recipe?: TrainConfig;
  extra: Partial<Settings>;
}

const PRESET_TEXT: Record<ScenePresetId, PresetText> = {
  'paper-plane': {
    label: 'Paper 3-D: checkerboard plane',
    description:
      'The paper\'s 3-D figure: a 5×5 checkerboard on the plane z = 0.5, a 3-400-1 ReLU network, full-batch Adam (lr 0.01). Watch the boundary fall onto the plane in the first ~30 epochs (clinging), then bend around each point (dimpling).',
    extra: { speed: 1 },
  },
  'paper-plane-small-init': {
    label: 'Ablation: small init + SGD',
    description:
      'Same data with the initialisation divided by 3 and SGD lr 0.05 (the later code\'s setting). Nothing moves for thousands of epochs and the boundary clings far less: the small-init effect of Melamed et al. (2023).',
    data: 'paper-plane',
    recipe: SMALL_INIT_RECIPE,
    extra: { speed: 200 },
  },
  'paper-line': {
    label: 'Paper 2-D: five points on a line',
    description:
      'The paper\'s 2-D figure: five points on y = 0.5 with alternating labels. The boundary starts far away, tilts across the line, lies along it by epoch ~30, then bends around each point. With a 2-400-1 ReLU net the last point can take 300–3,000 epochs to settle, depending on the seed.',
    extra: { speed: 5, maxEpochs: 5000 },
  },
  'dense-line': { label: 'Line, 15 points', description: 'A denser line: fifteen alternating points make the boundary weave tightly along the line.', extra: { speed: 2 } },
  'dense-plane': { label: 'Plane, 8×8 checkerboard', description: 'A finer checkerboard on the plane: more dimples, each shallower.', extra: { speed: 2 } },
  'sheet-spiral': {
    label: 'Curved sheet, spiral',
    description: 'Two interleaved spirals on a wavy sheet: the boundary must follow the curved manifold as well as separate the classes.',
    extra: { speed: 2 },
  },
  'sheet-checker': { label: 'Curved sheet, checkerboard', description: 'A checkerboard on a wavy sheet: clinging on a curved manifold.', extra: { speed: 2 } },
  sphere: { label: 'Sphere, two blobs', description: 'Two caps of a sphere: the boundary wraps the sphere closely instead of cutting it with a plane.', extra: { speed: 2 } },
};

/**
 * Ready-made scenes (docs/science.md §2): a dataset preset of core plus a training recipe of core
 * (the paper's unless named) plus the pace. 'custom' is whatever the user changed.
 */
export const SCENE_PRESETS: ScenePreset[] = (Object.entries(PRESET_TEXT) as [ScenePresetId, PresetText][]).map(([id, t]) => ({
  id,
  label: t.label,
  description: t.description,
  settings: { ...recipeSettings(t.recipe ?? PAPER_RECIPE), ...dataSettings(t.data ?? id), ...t.extra },
}));

export function presetById(id: string): ScenePreset | undefined {
  return SCENE_PRESETS.find((p) => p.id === id);
}
