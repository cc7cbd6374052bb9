/**
 * A k-dim plane in R^n: the first k coordinates are free, the rest are 0.5 (docs/science.md §2,
 * "a k-dim plane padded in R^n"; padded with 0.5 so M sits mid-box, like the plane toy).
 * View box [0,1]^n, like pixel bounds; exact bases are unit vectors.
 */
import { createRng } from '../rng';
import { createAxisPlane } from './axisPlane';
import type { ChartedManifold } from './chart';

const PAD = 0.5;

export function createPlaneRn(n: number, k: number): ChartedManifold {
  if (!(Number.isInteger(n) && Number.isInteger(k) && k >= 1 && k < n))
    throw new Error(`planeRn needs integers 1 ≤ k < n (got n=${n}, k=${k})`);
  return createAxisPlane({
    kind: 'planeRn',
    n,
    k,
    hull: [0, 1],
    height: PAD,
    view: [0, 1],
    normalCap: 0.5,
    // k ≥ 3 (21^k is too many): 400 fixed pseudo-random points of [0,1]^k, seeded so C is
    // comparable between runs; k ≤ 2: the default 21-per-axis grid of §6.
    probeGrid:
      k <= 2
        ? undefined
        : (chart) => {
            const rng = createRng(20210621);
            return Array.from({ length: 400 }, () => chart.toPoint(Array.from({ length: k }, () => rng.next())));
          },
  });
}
