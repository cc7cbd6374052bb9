/**
 * Aggregates of Experiments A and B (docs/science.md §3, §4): mean, median, quartiles and sd of
 * every per-image measure, the §4 null of rho for the tangent dimension k in R^n, the
 * support-matched null (each image's own), the linearised prediction of the ratios from the
 * null, and the reference reproduction numbers.
 */
import { nullRho, type NullRho } from '../geometry/nullModel';
import { stat, type Stat } from '../stats';
import type { ABRow } from './experimentAB';

/** Keys of ABRow that hold a per-image number. */
export const AB_MEASURES = [
  'rhoDelta', 'rhoRandom', 'rhoGrad', 'tangentNorm', 'normalNorm', 'angleDeg',
  'normFree', 'normOn', 'normOff', 'rOn', 'rOff', 'consistency',
  'deltaSupport', 'supportNullDelta', 'supportNullDeltaLo', 'supportNullDeltaHi',
  'supportNullGrad', 'supportNullGradLo', 'supportNullGradHi',
] as const;
export type ABMeasure = (typeof AB_MEASURES)[number];

export interface ABSummary {
  readonly attempted: number;
  readonly skipped: number;
  /** Per measure over the images where it exists. */
  readonly stats: Record<ABMeasure, Stat>;
  /** Images where each constrained attack did not flip within its steps. */
  readonly noFlip: { free: number; on: number; off: number };
  /** Tangent dimension (the median numerical rank) and input dimension. */
  readonly k: number;
  readonly n: number;
  readonly null: NullRho | null;
  /** Share of images with rho_delta below the null's lower 2.5 % quantile. */
  readonly belowNull: number;
  /** Share of images with rho_delta above the k/n null's 97.5 % quantile. */
  readonly aboveNull: number;
  /**
   * Against each image's own support-matched null: the share of images whose rho lies above its
   * 97.5 % / below its 2.5 % quantile, for rho_delta and for rho_g.
   */
  readonly supportNull: { deltaAbove: number; deltaBelow: number; gradAbove: number; gradBelow: number };
  /** mean(on) / mean(free) and mean(off) / mean(free), the reference's definition. */
  readonly ratioOfMeans: { rOn: number; rOff: number };
}

/** Reference reproduction, docs/science.md §3 (28x28 MNIST, k = 16, 10 images; not 14x14). */
export const AB_REFERENCE = { normFree: 0.305, normOn: 0.96, normOff: 0.331, rOn: 3.1, rOff: 1.08 } as const;

export function summarizeAB(rows: readonly ABRow[], n: number): ABSummary {
  const done = rows.filter((r) => !r.skipped);
  const stats = Object.fromEntries(AB_MEASURES.map((m) => [m, stat(done.map((r) => r[m]))])) as Record<ABMeasure, Stat>;
  const ranks = done.map((r) => r.rank ?? 0).sort((a, b) => a - b);
  const k = ranks.length ? ranks[ranks.length >> 1] : 0;
  const nul = k >= 1 && k < n ? nullRho(k, n) : null;
  const rhos = done.map((r) => r.rhoDelta).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  const missing = (key: 'normFree' | 'normOn' | 'normOff') => done.filter((r) => r[key] === null || r[key] === undefined).length;
  return {
    attempted: rows.length,
    skipped: rows.length - done.length,
    stats,
    noFlip: { free: missing('normFree'), on: missing('normOn'), off: missing('normOff') },
    k,
    n,
    null: nul,
    belowNull: nul && rhos.length ? rhos.filter((r) => r < nul.lo).length / rhos.length : NaN,
    aboveNull: nul && rhos.length ? rhos.filter((r) => r > nul.hi).length / rhos.length : NaN,
    supportNull: {
      deltaAbove: shareOutside(done, 'rhoDelta', 'supportNullDeltaHi', 1),
      deltaBelow: shareOutside(done, 'rhoDelta', 'supportNullDeltaLo', -1),
      gradAbove: shareOutside(done, 'rhoGrad', 'supportNullGradHi', 1),
      gradBelow: shareOutside(done, 'rhoGrad', 'supportNullGradLo', -1),
    },
    ratioOfMeans: { rOn: ratioOfMeans(done, 'normOn'), rOff: ratioOfMeans(done, 'normOff') },
  };
}

/** Share of the images with both values where rho lies beyond its own bound (side +1: above). */
function shareOutside(rows: readonly ABRow[], rho: 'rhoDelta' | 'rhoGrad', bound: ABMeasure, side: 1 | -1): number {
  const pairs = rows.filter((r) => Number.isFinite(r[rho]) && Number.isFinite(r[bound]));
  if (!pairs.length) return NaN;
  return pairs.filter((r) => side * ((r[rho] as number) - (r[bound] as number)) > 0).length / pairs.length;
}

/** mean(key) / mean(normFree) over the images where both norms exist. */
function ratioOfMeans(rows: readonly ABRow[], key: 'normOn' | 'normOff'): number {
  const pairs = rows.filter((r) => typeof r.normFree === 'number' && typeof r[key] === 'number');
  if (!pairs.length) return NaN;
  return pairs.reduce((s, r) => s + (r[key] as number), 0) / pairs.reduce((s, r) => s + (r.normFree as number), 0);
}
