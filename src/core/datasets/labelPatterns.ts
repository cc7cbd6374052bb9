/**
 * Two-class label patterns as functions of chart coordinates u ∈ [0,1]^k, so a pattern means
 * the same thing on every manifold (and labels any point, e.g. one a user adds).
 */
import type { Chart } from './chart';
import type { LabelPattern } from './spec';

/** Arms r(t) = R0 + (R1 − R0)t, θ(t) = 2π·TURNS·t + π·class, about (0.5, 0.5) in (u0, u1). */
export const SPIRAL = { r0: 0.05, r1: 0.45, turns: 1.25 } as const;

/** Blob centres in chart coordinates: (¼, …, ¼) for class 0 and (¾, …, ¾) for class 1. */
export function blobCentres(chart: Chart): [Float64Array, Float64Array] {
  return [chart.toPoint(new Float64Array(chart.dim).fill(0.25)), chart.toPoint(new Float64Array(chart.dim).fill(0.75))];
}

/**
 * Cell of coordinate u among `cells`. Non-periodic: cells centred on u = j/(cells−1), so the grid
 * points u_i = i/(m−1) of an m-cell grid each get their own cell (robust to rounding).
 * Periodic (azimuth): equal cells [j/cells, (j+1)/cells).
 */
export function cellIndex(u: number, cells: number, periodic: boolean): number {
  if (periodic) {
    const w = u - Math.floor(u);
    return Math.min(cells - 1, Math.floor(w * cells));
  }
  return Math.min(cells - 1, Math.max(0, Math.round(u * (cells - 1))));
}

/** Class of the spiral arm nearest in angle at the point's radius. */
export function spiralLabel(u: ArrayLike<number>): number {
  const dx = u[0] - 0.5;
  const dy = u[1] - 0.5;
  const t = (Math.hypot(dx, dy) - SPIRAL.r0) / (SPIRAL.r1 - SPIRAL.r0);
  const phase = Math.atan2(dy, dx) - 2 * Math.PI * SPIRAL.turns * t;
  return Math.cos(phase) >= 0 ? 0 : 1;
}

function sqDist(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s;
}

/**
 * Label of a point x on M:
 * alternating = parity of the cell along u0; stripes = along the last chart coordinate
 * (latitude bands on the sphere); checkerboard = parity of the cell sum over (u0, u1);
 * blobs = nearer blob centre; spiral = nearer spiral arm.
 */
export function labelPoint(pattern: LabelPattern, x: ArrayLike<number>, chart: Chart, cells: number): number {
  const u = chart.toCoords(x);
  const cell = (d: number) => cellIndex(u[d], cells, chart.periodic[d]);
  switch (pattern) {
    case 'alternating':
      return cell(0) % 2;
    case 'stripes':
      return cell(chart.dim - 1) % 2;
    case 'checkerboard':
      return chart.dim === 1 ? cell(0) % 2 : (cell(0) + cell(1)) % 2;
    case 'blobs': {
      const [c0, c1] = blobCentres(chart);
      return sqDist(x, c1) < sqDist(x, c0) ? 1 : 0;
    }
    case 'spiral':
      if (chart.dim < 2) throw new Error('The spiral pattern needs an intrinsic dimension ≥ 2');
      return spiralLabel(u);
  }
}
