/**
 * Named dataset presets (the scene presets of store/presets.ts take their data from these by
 * id), and a default spec per manifold.
 */
import type { DatasetSpec } from './spec';
import type { ManifoldKind } from './types';

export interface DatasetPreset {
  readonly id: string;
  readonly label: string;
  /** One line for a tooltip. */
  readonly description: string;
  readonly spec: DatasetSpec;
}

export const DATASET_PRESETS: readonly DatasetPreset[] = [
  {
    id: 'paper-line',
    label: 'Paper: line in R²',
    description: 'Five points on y = 0.5, alternating labels, exactly as in the paper (docs/science.md §2).',
    spec: { manifold: 'line2d', pattern: 'alternating', layout: 'paper', count: 5, seed: 1 },
  },
  {
    id: 'dense-line',
    label: 'Dense line in R²',
    description: 'Fifteen evenly spaced points on y = 0.5, alternating labels: many dimples.',
    spec: { manifold: 'line2d', pattern: 'alternating', layout: 'grid', count: 15, seed: 1 },
  },
  {
    id: 'paper-plane',
    label: 'Paper: plane in R³',
    description: '5×5 checkerboard on z = 0.5 (13 vs 12 points), exactly as in the paper (docs/science.md §2).',
    spec: { manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 },
  },
  {
    id: 'dense-plane',
    label: 'Dense plane in R³',
    description: '8×8 checkerboard on z = 0.5: the boundary must dimple around 64 points.',
    spec: { manifold: 'plane3d', pattern: 'checkerboard', layout: 'grid', count: 64, seed: 1 },
  },
  {
    id: 'sheet-spiral',
    label: 'Curved sheet: spirals',
    description: 'Two interleaved spirals drawn on a sine sheet: a curved manifold with a hard pattern.',
    spec: { manifold: 'sheet3d', pattern: 'spiral', layout: 'random', count: 200, seed: 1, amplitude: 0.1 },
  },
  {
    id: 'sheet-checker',
    label: 'Curved sheet: checkerboard',
    description: '6×6 checkerboard on a sine sheet: does the boundary follow the curvature?',
    spec: { manifold: 'sheet3d', pattern: 'checkerboard', layout: 'grid', count: 36, seed: 1, amplitude: 0.1 },
  },
  {
    id: 'sphere',
    label: 'Sphere: two blobs',
    description: 'Two clusters at opposite sides of a sphere in R³: the normal is the radial direction.',
    spec: { manifold: 'sphere3d', pattern: 'blobs', layout: 'random', count: 100, seed: 1 },
  },
  {
    id: 'sphere-stripes',
    label: 'Sphere: latitude stripes',
    description: 'Four equal-area latitude bands on a sphere (Fibonacci points).',
    spec: { manifold: 'sphere3d', pattern: 'stripes', layout: 'grid', count: 200, seed: 1, cells: 4 },
  },
  {
    id: 'plane-rn',
    label: '2-D plane in R⁵⁰',
    description: 'A 5×5 checkerboard on a 2-dim plane in R^50: 48 normal directions, null ρ = 2/50.',
    spec: { manifold: 'planeRn', pattern: 'checkerboard', layout: 'grid', count: 25, seed: 1, ambientDim: 50, intrinsicDim: 2 },
  },
  {
    id: 'spheres-rn',
    label: 'Adversarial spheres in R¹⁰',
    description: 'Concentric spheres of radii 1 and 1.3 in R^10 (Gilmer et al.); the label is the sphere.',
    spec: { manifold: 'spheresRn', pattern: 'alternating', layout: 'random', count: 400, seed: 1, ambientDim: 10 },
  },
];

export function presetById(id: string): DatasetPreset | undefined {
  return DATASET_PRESETS.find((p) => p.id === id);
}

const DEFAULT_PRESET: Record<ManifoldKind, string> = {
  line2d: 'paper-line',
  plane3d: 'paper-plane',
  sheet3d: 'sheet-spiral',
  sphere3d: 'sphere',
  planeRn: 'plane-rn',
  spheresRn: 'spheres-rn',
};

/** The default spec for a manifold kind (a copy: callers may edit it). */
export function datasetSpecDefaults(kind: ManifoldKind): DatasetSpec {
  const p = presetById(DEFAULT_PRESET[kind]);
  if (!p) throw new Error(`No default preset for ${kind}`);
  return { ...p.spec };
}
