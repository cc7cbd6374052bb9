/** Where the points of a dataset sit on M: the paper's figures, a regular grid, or seeded draws. */
import type { Rng } from '../rng';
import { gridCoords, gridSide, type Chart, type ChartedManifold } from './chart';
import { blobCentres, SPIRAL } from './labelPatterns';
import type { ManifoldKind } from './types';

/** Exactly the points of docs/science.md §2's figures (literals, so no rounding creeps in). */
export function paperPoints(kind: ManifoldKind): Float64Array[] {
  if (kind === 'line2d') return [0.05, 0.3, 0.55, 0.8, 1.05].map((x) => Float64Array.of(x, 0.5));
  if (kind === 'plane3d') {
    const g = [0, 0.25, 0.5, 0.75, 1];
    return g.flatMap((x) => g.map((y) => Float64Array.of(x, y, 0.5)));
  }
  throw new Error(`No paper layout for ${kind}`);
}

/** A regular layout of at most `count` points (the chart's own, e.g. Fibonacci on the sphere). */
export function gridLayout(chart: Chart, count: number): Float64Array[] {
  if (chart.gridPoints) return chart.gridPoints(count);
  return gridCoords(gridSide(count, chart.dim), chart.dim).map(chart.toPoint);
}

/** Points per axis of gridLayout, when it is a chart grid (drives the default cell count). */
export function gridLayoutSide(chart: Chart, count: number): number | null {
  return chart.gridPoints ? null : gridSide(count, chart.dim);
}

export function uniformLayout(chart: Chart, count: number, rng: Rng): Float64Array[] {
  return Array.from({ length: count }, () => chart.sampleUniform(rng));
}

/** Blob spread along M (ambient units: the toys' data hulls are about 1 wide). */
export const BLOB_SD = 0.08;

/**
 * Two clusters on M: Gaussian steps in the tangent space at each centre, mapped back onto M
 * by projection (§7's "step then map back"). Classes alternate so the split is even.
 */
export function blobLayout(m: ChartedManifold, count: number, rng: Rng): { points: Float64Array[]; labels: number[] } {
  const centres = blobCentres(m.chart);
  const bases = centres.map((c) => m.tangentBasis(c));
  const points: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const cls = i % 2;
    const x = Float64Array.from(centres[cls]);
    for (const t of bases[cls]) {
      const s = BLOB_SD * rng.normal();
      for (let j = 0; j < x.length; j++) x[j] += s * t[j];
    }
    points.push(m.project(x));
    labels.push(cls);
  }
  return { points, labels };
}

/** Two interleaved spirals in (u0, u1) with a little chart-space noise; classes alternate. */
export function spiralLayout(chart: Chart, count: number, rng: Rng): { points: Float64Array[]; labels: number[] } {
  const noise = 0.012;
  const points: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const cls = i % 2;
    const t = rng.next();
    const r = SPIRAL.r0 + (SPIRAL.r1 - SPIRAL.r0) * t;
    const th = 2 * Math.PI * SPIRAL.turns * t + Math.PI * cls;
    const u = new Float64Array(chart.dim).fill(0.5);
    u[0] = 0.5 + r * Math.cos(th) + noise * rng.normal();
    u[1] = 0.5 + r * Math.sin(th) + noise * rng.normal();
    points.push(chart.toPoint(u));
    labels.push(cls);
  }
  return { points, labels };
}
