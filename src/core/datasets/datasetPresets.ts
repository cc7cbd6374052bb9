/**
 * The toy data sets the scene presets of store/presets.ts draw their data from, by id
 * (docs/science.md §2): the paper's two figures, denser variants, a curved sheet and a sphere.
 * A preset fixes what the data is (manifold, labels, layout, count); the seed stays the user's,
 * and the scene's label and description live with the scene preset.
 */
import type { DatasetSpec } from './spec';
import type { ManifoldKind } from './types';

/** The manifolds the Toys view draws (the R^n ones are the claims' and the tests'). */
export type ToyManifoldKind = Exclude<ManifoldKind, 'planeRn' | 'spheresRn'>;
export type DatasetPresetSpec = Pick<DatasetSpec, 'pattern' | 'layout' | 'count'> & { manifold: ToyManifoldKind };

export const DATASET_PRESETS = {
  'paper-line': { manifold: 'line2d', pattern: 'alternating', layout: 'paper', count: 5 },
  'dense-line': { manifold: 'line2d', pattern: 'alternating', layout: 'grid', count: 15 },
  'paper-plane': { manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25 },
  'dense-plane': { manifold: 'plane3d', pattern: 'checkerboard', layout: 'grid', count: 64 },
  'sheet-spiral': { manifold: 'sheet3d', pattern: 'spiral', layout: 'random', count: 200 },
  'sheet-checker': { manifold: 'sheet3d', pattern: 'checkerboard', layout: 'grid', count: 36 },
  sphere: { manifold: 'sphere3d', pattern: 'blobs', layout: 'random', count: 100 },
} as const satisfies Record<string, DatasetPresetSpec>;

export type DatasetPresetId = keyof typeof DATASET_PRESETS;

/** The preset's data spec, or undefined for an id that names none. */
export function datasetPreset(id: string): DatasetPresetSpec | undefined {
  return Object.hasOwn(DATASET_PRESETS, id) ? DATASET_PRESETS[id as DatasetPresetId] : undefined;
}
