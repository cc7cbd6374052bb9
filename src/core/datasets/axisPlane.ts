/**
 * The flat toys (docs/science.md §2): a k-dim coordinate plane in R^n whose first k coordinates
 * are free and whose other n − k sit at one height. The line y = 0.5 in R², the plane z = 0.5 in
 * R³ and the k-plane padded in R^n are this one shape with different numbers; the exact bases
 * are unit vectors and the projection resets the fixed coordinates.
 */
import type { Rng } from '../rng';
import { checkDim, unitVector, type ChartedManifold } from './chart';
import type { ManifoldKind } from './types';

export interface AxisPlaneOptions {
  readonly kind: ManifoldKind;
  readonly n: number;
  readonly k: number;
  /** The data hull [lo, hi] along every free axis; the chart maps it to [0, 1]. */
  readonly hull: readonly [number, number];
  /** The value of the n − k fixed coordinates. */
  readonly height: number;
  /** The view box [lo, hi] along every axis. */
  readonly view: readonly [number, number];
  readonly normalCap: number;
  /** The §6 probe points; by default the 21-per-axis grid over the hull (edges included). */
  readonly probeGrid?: (chart: ChartedManifold['chart']) => Float64Array[];
}

/** The 21^k grid over the hull, first free coordinate slowest (§6). */
function hullGrid(o: AxisPlaneOptions): Float64Array[] {
  const [lo, hi] = o.hull;
  const axis = Array.from({ length: 21 }, (_, i) => lo + (i * (hi - lo)) / 20);
  const out: Float64Array[] = [];
  for (let idx = 0; idx < 21 ** o.k; idx++) {
    const x = new Float64Array(o.n).fill(o.height);
    for (let d = o.k - 1, r = idx; d >= 0; d--, r = Math.floor(r / 21)) x[d] = axis[r % 21];
    out.push(x);
  }
  return out;
}

export function createAxisPlane(o: AxisPlaneOptions): ChartedManifold {
  const { kind, n, k, height } = o;
  const [lo, hi] = o.hull;
  const withFree = (free: (i: number) => number) => {
    const x = new Float64Array(n).fill(height);
    for (let i = 0; i < k; i++) x[i] = free(i);
    return x;
  };
  const chart: ChartedManifold['chart'] = {
    dim: k,
    periodic: new Array<boolean>(k).fill(false),
    toPoint: (u) => withFree((i) => lo + u[i] * (hi - lo)),
    toCoords: (x) => Float64Array.from({ length: k }, (_, i) => (x[i] - lo) / (hi - lo)),
    sampleUniform: (rng: Rng) => withFree(() => lo + rng.next() * (hi - lo)),
  };
  return {
    kind,
    n,
    k,
    bounds: { lo: new Array<number>(n).fill(o.view[0]), hi: new Array<number>(n).fill(o.view[1]) },
    normalCap: o.normalCap,
    project(x) {
      checkDim(x, n, `${kind}.project`);
      return withFree((i) => x[i]);
    },
    tangentBasis: () => Array.from({ length: k }, (_, i) => unitVector(n, i)),
    normalBasis: () => Array.from({ length: n - k }, (_, i) => unitVector(n, k + i)),
    probeGrid: () => (o.probeGrid ? o.probeGrid(chart) : hullGrid(o)),
    chart,
  };
}
