/** What a dataset is made from, and the checks that keep a spec (e.g. from a URL) sane. */
import type { ManifoldKind } from './types';

export type LabelPattern = 'alternating' | 'checkerboard' | 'stripes' | 'blobs' | 'spiral';
export type Layout = 'paper' | 'grid' | 'random';

export interface DatasetSpec {
  manifold: ManifoldKind;
  pattern: LabelPattern;
  layout: Layout;
  /** Number of points (paper layout: ignored, it is 5 or 25; grid: at most this many). */
  count: number;
  seed: number;
  /** n, for planeRn / spheresRn only (defaults 50 / 10). */
  ambientDim?: number;
  /** k, for planeRn only (default 2). */
  intrinsicDim?: number;
  /** Sheet height amplitude a (default 0.1). */
  amplitude?: number;
  /** Cells per axis of alternating / checkerboard / stripes (default: one per grid point, else 4). */
  cells?: number;
}

export const MANIFOLD_KINDS: readonly ManifoldKind[] = ['line2d', 'plane3d', 'sheet3d', 'sphere3d', 'planeRn', 'spheresRn'];
export const LABEL_PATTERNS: readonly LabelPattern[] = ['alternating', 'checkerboard', 'stripes', 'blobs', 'spiral'];
export const LAYOUTS: readonly Layout[] = ['paper', 'grid', 'random'];
export const DATASET_LIMITS = { maxCount: 2000, maxDim: 800, maxAmplitude: 0.25, maxCells: 32 } as const;

/** A spec with its dimensions and amplitude filled in. */
export interface ResolvedSpec extends DatasetSpec {
  ambientDim: number;
  intrinsicDim: number;
  amplitude: number;
}

const FIXED: Partial<Record<ManifoldKind, [number, number]>> = {
  line2d: [2, 1],
  plane3d: [3, 2],
  sheet3d: [3, 2],
  sphere3d: [3, 2],
};

function oneOf<T extends string>(value: T, allowed: readonly T[], what: string): void {
  if (!allowed.includes(value)) throw new Error(`Unknown ${what} '${String(value)}' (expected one of ${allowed.join(', ')})`);
}

function intIn(value: number, lo: number, hi: number, what: string): void {
  if (!(Number.isInteger(value) && value >= lo && value <= hi))
    throw new Error(`${what} must be an integer in [${lo}, ${hi}] (got ${value})`);
}

/** Validate a spec and fill its defaults; throws an Error that says what is wrong. */
export function resolveSpec(spec: DatasetSpec): ResolvedSpec {
  const { manifold, pattern, layout, count, seed } = spec;
  oneOf(manifold, MANIFOLD_KINDS, 'manifold');
  oneOf(pattern, LABEL_PATTERNS, 'label pattern');
  oneOf(layout, LAYOUTS, 'layout');
  intIn(count, 1, DATASET_LIMITS.maxCount, 'count');
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer (got ${seed})`);
  const amplitude = spec.amplitude ?? 0.1;
  if (!(amplitude >= 0 && amplitude <= DATASET_LIMITS.maxAmplitude))
    throw new Error(`amplitude must be in [0, ${DATASET_LIMITS.maxAmplitude}] (got ${amplitude})`);
  if (spec.cells !== undefined) intIn(spec.cells, 2, DATASET_LIMITS.maxCells, 'cells');

  let n: number;
  let k: number;
  const fixed = FIXED[manifold];
  if (fixed) {
    [n, k] = fixed;
    if (spec.ambientDim !== undefined && spec.ambientDim !== n)
      throw new Error(`${manifold} lives in R^${n}; ambientDim ${spec.ambientDim} is not allowed`);
    if (spec.intrinsicDim !== undefined && spec.intrinsicDim !== k)
      throw new Error(`${manifold} has intrinsic dimension ${k}; intrinsicDim ${spec.intrinsicDim} is not allowed`);
  } else {
    n = spec.ambientDim ?? (manifold === 'planeRn' ? 50 : 10);
    intIn(n, 2, DATASET_LIMITS.maxDim, 'ambientDim');
    if (manifold === 'planeRn') {
      k = spec.intrinsicDim ?? 2;
      intIn(k, 1, n - 1, 'intrinsicDim (planeRn)');
    } else {
      k = n - 1;
      if (spec.intrinsicDim !== undefined && spec.intrinsicDim !== k)
        throw new Error(`spheresRn in R^${n} has intrinsic dimension ${k}; intrinsicDim ${spec.intrinsicDim} is not allowed`);
    }
  }

  if (layout === 'paper' && manifold !== 'line2d' && manifold !== 'plane3d')
    throw new Error(`The 'paper' layout exists only for line2d and plane3d (docs/science.md §2), not ${manifold}`);
  if (manifold === 'spheresRn' && layout !== 'random') throw new Error(`spheresRn supports only the 'random' layout (got '${layout}')`);
  if (pattern === 'spiral' && k < 2 && manifold !== 'spheresRn')
    throw new Error(`The spiral pattern needs an intrinsic dimension ≥ 2 (${manifold} has ${k})`);
  if (layout === 'grid' && manifold === 'planeRn' && count > 1 && Math.pow(count, 1 / k) + 1e-9 < 2)
    throw new Error(`A grid on a ${k}-dim plane needs count ≥ 2^${k}; use the 'random' layout`);
  return { ...spec, ambientDim: n, intrinsicDim: k, amplitude };
}
