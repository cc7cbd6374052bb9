import type { Settings } from './settings';

export interface ScenePreset {
  id: Settings['preset'];
  label: string;
  /** One paragraph shown next to the scene. */
  description: string;
  settings: Partial<Settings>;
}

const PAPER_TRAIN: Partial<Settings> = {
  hidden: [400],
  activation: 'relu',
  initScale: 1,
  optimizer: 'adam',
  lr: 0.01,
  weightDecay: 0,
  batchSize: 0,
  marginTarget: 0.01,
  maxEpochs: 2000,
};

/** Ready-made scenes (SCIENCE.md §2). 'custom' is whatever the user changed. */
export const SCENE_PRESETS: ScenePreset[] = [
  {
    id: 'paper-plane',
    label: 'Paper 3-D: checkerboard plane',
    description:
      'The paper\'s 3-D figure: a 5×5 checkerboard on the plane z = 0.5, a 3-400-1 ReLU network, full-batch Adam (lr 0.01). Watch the boundary fall onto the plane in the first ~30 epochs (clinging), then bend around each point (dimpling).',
    settings: { ...PAPER_TRAIN, manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, speed: 1 },
  },
  {
    id: 'paper-plane-small-init',
    label: 'Ablation: small init + SGD',
    description:
      'Same data with the initialisation divided by 3 and SGD lr 0.05 (the later code\'s setting). Nothing moves for thousands of epochs and the boundary clings far less: the small-init effect of Melamed et al. (2023).',
    settings: { ...PAPER_TRAIN, manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, initScale: 1 / 3, optimizer: 'sgd', lr: 0.05, maxEpochs: 30000, speed: 200 },
  },
  {
    id: 'paper-line',
    label: 'Paper 2-D: five points on a line',
    description:
      'The paper\'s 2-D figure: five points on y = 0.5 with alternating labels. The boundary starts far away, tilts across the line, lies along it by epoch ~30, then bends around each point. With a 2-400-1 ReLU net the last point can take 300–3,000 epochs to settle, depending on the seed.',
    settings: { ...PAPER_TRAIN, manifold: 'line2d', pattern: 'alternating', layout: 'paper', count: 5, speed: 5, maxEpochs: 5000 },
  },
  {
    id: 'dense-line',
    label: 'Line, 15 points',
    description: 'A denser line: fifteen alternating points make the boundary weave tightly along the line.',
    settings: { ...PAPER_TRAIN, manifold: 'line2d', pattern: 'alternating', layout: 'grid', count: 15, speed: 2 },
  },
  {
    id: 'dense-plane',
    label: 'Plane, 8×8 checkerboard',
    description: 'A finer checkerboard on the plane: more dimples, each shallower.',
    settings: { ...PAPER_TRAIN, manifold: 'plane3d', pattern: 'checkerboard', layout: 'grid', count: 64, speed: 2 },
  },
  {
    id: 'sheet-spiral',
    label: 'Curved sheet, spiral',
    description: 'Two interleaved spirals on a wavy sheet: the boundary must follow the curved manifold as well as separate the classes.',
    settings: { ...PAPER_TRAIN, manifold: 'sheet3d', pattern: 'spiral', layout: 'random', count: 200, speed: 2 },
  },
  {
    id: 'sheet-checker',
    label: 'Curved sheet, checkerboard',
    description: 'A checkerboard on a wavy sheet: clinging on a curved manifold.',
    settings: { ...PAPER_TRAIN, manifold: 'sheet3d', pattern: 'checkerboard', layout: 'grid', count: 36, speed: 2 },
  },
  {
    id: 'sphere',
    label: 'Sphere, two blobs',
    description: 'Two caps of a sphere: the boundary wraps the sphere closely instead of cutting it with a plane.',
    settings: { ...PAPER_TRAIN, manifold: 'sphere3d', pattern: 'blobs', layout: 'random', count: 100, speed: 2 },
  },
];

export function presetById(id: string): ScenePreset | undefined {
  return SCENE_PRESETS.find((p) => p.id === id);
}
