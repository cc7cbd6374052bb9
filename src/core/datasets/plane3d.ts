/** The plane z = 0.5 in R³ (docs/science.md §2, second toy). Data hull [0,1]² × {0.5}; probes: the 21×21 grid on it (§6). */
import { createAxisPlane } from './axisPlane';
import type { ChartedManifold } from './chart';

export function createPlane3d(): ChartedManifold {
  return createAxisPlane({ kind: 'plane3d', n: 3, k: 2, hull: [0, 1], height: 0.5, view: [-0.2, 1.2], normalCap: 0.5 });
}
