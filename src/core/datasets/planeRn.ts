/**
 * A k-dim plane in R^n: the first k coordinates are free, the rest are 0.5 (docs/science.md §2,
 * "a k-dim plane padded in R^n"; padded with 0.5 so M sits mid-box, like the plane toy).
 * View box [0,1]^n, like pixel bounds; exact bases are unit vectors.
 */
import { createRng } from '../rng';
import { checkDim, gridCoords, unitVector, type ChartedManifold } from './chart';

const PAD = 0.5;

export function createPlaneRn(n: number, k: number): ChartedManifold {
  if (!(Number.isInteger(n) && Number.isInteger(k) && k >= 1 && k < n))
    throw new Error(`planeRn needs integers 1 ≤ k < n (got n=${n}, k=${k})`);
  const toPoint = (u: ArrayLike<number>) => {
    const x = new Float64Array(n).fill(PAD);
    for (let i = 0; i < k; i++) x[i] = u[i];
    return x;
  };
  return {
    kind: 'planeRn',
    n,
    k,
    bounds: { lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(1) },
    normalCap: 0.5,
    project(x) {
      checkDim(x, n, 'planeRn.project');
      return toPoint(x);
    },
    tangentBasis: () => Array.from({ length: k }, (_, i) => unitVector(n, i)),
    normalBasis: () => Array.from({ length: n - k }, (_, i) => unitVector(n, k + i)),
    // k ≤ 2: the 21-per-axis grid of §6 over [0,1]^k; k ≥ 3 (21^k is too many): 400 fixed
    // pseudo-random points of [0,1]^k, seeded so C is comparable between runs.
    probeGrid() {
      if (k <= 2) return gridCoords(21, k).map(toPoint);
      const rng = createRng(20210621);
      return Array.from({ length: 400 }, () => toPoint(Array.from({ length: k }, () => rng.next())));
    },
    chart: {
      dim: k,
      periodic: new Array<boolean>(k).fill(false),
      toPoint,
      toCoords: (x) => Float64Array.from({ length: k }, (_, i) => x[i]),
      sampleUniform: (rng) => toPoint(Array.from({ length: k }, () => rng.next())),
    },
  };
}
