/** The line y = 0.5 in R² (docs/science.md §2, first toy). Data hull x ∈ [0.05, 1.05]; 21 probes x = 0.05, 0.10, …, 1.05 (§6). */
import { createAxisPlane } from './axisPlane';
import type { ChartedManifold } from './chart';

export function createLine2d(): ChartedManifold {
  return createAxisPlane({ kind: 'line2d', n: 2, k: 1, hull: [0.05, 1.05], height: 0.5, view: [-0.2, 1.25], normalCap: 0.5 });
}
