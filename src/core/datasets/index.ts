/** Datasets on the toy manifolds: makeDataset(spec) and its presets (docs/science.md §2). */
import { createRng } from '../rng';
import { createManifold, hasChart } from './createManifold';
import { labelPoint } from './labelPatterns';
import { blobLayout, gridLayout, gridLayoutSide, paperPoints, spiralLayout, uniformLayout } from './layouts';
import { resolveSpec, type DatasetSpec, type ResolvedSpec } from './spec';
import { SPHERE_RADII, sampleOnSphere } from './spheresRn';
import type { Dataset } from './types';

export type { DatasetSpec, LabelPattern, Layout, ResolvedSpec } from './spec';
export { DATASET_LIMITS, LABEL_PATTERNS, LAYOUTS, MANIFOLD_KINDS, resolveSpec } from './spec';
export { createManifold, type ManifoldOptions } from './createManifold';
export { DATASET_PRESETS, datasetPreset, type DatasetPresetId, type DatasetPresetSpec, type ToyManifoldKind } from './datasetPresets';
export type { Dataset, Manifold, ManifoldKind } from './types';

/** A dataset together with the (validated, defaults filled) spec that made it. */
export interface LabDataset extends Dataset {
  readonly spec: ResolvedSpec;
}

/** Build a dataset; the same spec always gives identical arrays. Throws on an invalid spec. */
export function makeDataset(input: DatasetSpec): LabDataset {
  const spec = resolveSpec(input);
  const manifold = createManifold(spec.manifold, spec);
  const rng = createRng(spec.seed);
  let points: Float64Array[];
  let labels: number[] | null = null;

  if (!hasChart(manifold)) {
    // spheresRn: the label is which sphere (inner = 0, outer = 1), alternating for balance.
    labels = Array.from({ length: spec.count }, (_, i) => i % 2);
    points = labels.map((c) => sampleOnSphere(manifold.n, SPHERE_RADII[c], rng));
  } else {
    const { chart } = manifold;
    let side: number | null = null;
    if (spec.layout === 'paper') {
      points = paperPoints(spec.manifold);
      side = 5;
    } else if (spec.layout === 'grid') {
      points = gridLayout(chart, spec.count);
      side = gridLayoutSide(chart, spec.count);
    } else if (spec.pattern === 'blobs') {
      ({ points, labels } = blobLayout(manifold, spec.count, rng));
    } else if (spec.pattern === 'spiral') {
      ({ points, labels } = spiralLayout(chart, spec.count, rng));
    } else {
      points = uniformLayout(chart, spec.count, rng);
    }
    // One cell per grid point by default (the paper's alternation / checkerboard), else 4.
    const cells = spec.cells ?? (side !== null && side >= 2 ? side : 4);
    labels ??= points.map((x) => labelPoint(spec.pattern, x, chart, cells));
  }

  const n = manifold.n;
  const flat = new Float32Array(points.length * n);
  points.forEach((p, i) => flat.set(p, i * n));
  return {
    manifold,
    n,
    count: points.length,
    points: flat,
    labels: Int32Array.from(labels),
    numClasses: 2,
    spec,
  };
}
