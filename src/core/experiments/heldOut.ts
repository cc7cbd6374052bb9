/**
 * Clean held-out test points for a toy dataset: the same manifold and label pattern (same
 * cell count), a random layout and a different seed, so no test point is a training point.
 */
import { makeDataset, type DatasetSpec, type LabDataset } from '../datasets';
import { hasChart } from '../datasets/createManifold';
import { gridLayoutSide } from '../datasets/layouts';

/** The cells the training set's label pattern used (mirrors makeDataset's default). */
function cellsOf(train: LabDataset): number | undefined {
  const { spec, manifold } = train;
  if (spec.cells !== undefined || !hasChart(manifold)) return spec.cells;
  const side = spec.layout === 'paper' ? 5 : spec.layout === 'grid' ? gridLayoutSide(manifold.chart, spec.count) : null;
  return side !== null && side >= 2 ? side : 4;
}

/** The spec of the held-out set: random layout, `count` points, seed offset by `seedOffset`. */
export function heldOutSpec(train: LabDataset, count: number, seedOffset = 1_000_003): DatasetSpec {
  const cells = cellsOf(train);
  return { ...train.spec, layout: 'random', count, seed: train.spec.seed + seedOffset, ...(cells !== undefined ? { cells } : {}) };
}

export function heldOutDataset(train: LabDataset, count: number, seedOffset?: number): LabDataset {
  return makeDataset(heldOutSpec(train, count, seedOffset));
}
