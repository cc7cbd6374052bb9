/** The line y = 0.5 in R² (docs/science.md §2, first toy). Data hull x ∈ [0.05, 1.05]. */
import { checkDim, type ChartedManifold } from './chart';

const Y = 0.5;
const X0 = 0.05;
const X1 = 1.05;

export function createLine2d(): ChartedManifold {
  return {
    kind: 'line2d',
    n: 2,
    k: 1,
    bounds: { lo: [-0.2, -0.2], hi: [1.25, 1.25] },
    normalCap: 0.5,
    project(x) {
      checkDim(x, 2, 'line2d.project');
      return Float64Array.of(x[0], Y);
    },
    tangentBasis: () => [Float64Array.of(1, 0)],
    normalBasis: () => [Float64Array.of(0, 1)],
    // 21 probes, x = 0.05, 0.10, …, 1.05 (§6).
    probeGrid: () => Array.from({ length: 21 }, (_, i) => Float64Array.of(X0 + (i * (X1 - X0)) / 20, Y)),
    chart: {
      dim: 1,
      periodic: [false],
      toPoint: (u) => Float64Array.of(X0 + u[0] * (X1 - X0), Y),
      toCoords: (x) => Float64Array.of((x[0] - X0) / (X1 - X0)),
      sampleUniform: (rng) => Float64Array.of(rng.uniform(X0, X1), Y),
    },
  };
}
