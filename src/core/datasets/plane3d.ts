/** The plane z = 0.5 in R³ (docs/science.md §2, second toy). Data hull [0,1]² × {0.5}. */
import { checkDim, type ChartedManifold } from './chart';

const Z = 0.5;

export function createPlane3d(): ChartedManifold {
  return {
    kind: 'plane3d',
    n: 3,
    k: 2,
    bounds: { lo: [-0.2, -0.2, -0.2], hi: [1.2, 1.2, 1.2] },
    normalCap: 0.5,
    project(x) {
      checkDim(x, 3, 'plane3d.project');
      return Float64Array.of(x[0], x[1], Z);
    },
    tangentBasis: () => [Float64Array.of(1, 0, 0), Float64Array.of(0, 1, 0)],
    normalBasis: () => [Float64Array.of(0, 0, 1)],
    // The 21×21 grid on z = 0.5 over [0,1]² (§6).
    probeGrid() {
      const out: Float64Array[] = [];
      for (let i = 0; i <= 20; i++) for (let j = 0; j <= 20; j++) out.push(Float64Array.of(i / 20, j / 20, Z));
      return out;
    },
    chart: {
      dim: 2,
      periodic: [false, false],
      toPoint: (u) => Float64Array.of(u[0], u[1], Z),
      toCoords: (x) => Float64Array.of(x[0], x[1]),
      sampleUniform: (rng) => Float64Array.of(rng.next(), rng.next(), Z),
    },
  };
}
