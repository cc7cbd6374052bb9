/**
 * Sphere of radius 0.35 centred at (0.5, 0.5, 0.5) in R³ (docs/science.md §2, "further toys").
 * Normal = outward radial unit vector; projection renormalises to the radius (§7).
 * Chart: u0 = azimuth/2π (periodic), u1 = (1 − cos θ)/2, which is area-preserving.
 */
import { orthogonalComplement } from '../geometry/orthonormalize';
import { checkDim, type ChartedManifold } from './chart';

const C = [0.5, 0.5, 0.5];
const R = 0.35;

/** Radial unit vector of x (e_z at the centre, where every direction is equally near). */
function radial(x: ArrayLike<number>): Float64Array {
  checkDim(x, 3, 'sphere3d');
  const d = Float64Array.of(x[0] - C[0], x[1] - C[1], x[2] - C[2]);
  const r = Math.hypot(d[0], d[1], d[2]);
  if (!(r > 1e-12)) return Float64Array.of(0, 0, 1);
  return Float64Array.of(d[0] / r, d[1] / r, d[2] / r);
}

const onSphere = (u: ArrayLike<number>) => Float64Array.of(C[0] + R * u[0], C[1] + R * u[1], C[2] + R * u[2]);

/** N nearly evenly spread points (Fibonacci / golden-angle spiral). */
export function fibonacciSphere(count: number): Float64Array[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => {
    const z = 1 - (2 * i + 1) / count;
    const s = Math.sqrt(1 - z * z);
    return onSphere([s * Math.cos(golden * i), s * Math.sin(golden * i), z]);
  });
}

export function createSphere3d(): ChartedManifold {
  return {
    kind: 'sphere3d',
    n: 3,
    k: 2,
    // Contains the normal search shell C ± (R + cap) along every axis.
    bounds: { lo: [-0.15, -0.15, -0.15], hi: [1.15, 1.15, 1.15] },
    normalCap: 0.3,
    project: (x) => onSphere(radial(x)),
    tangentBasis: (x) => orthogonalComplement([radial(x)], 3),
    normalBasis: (x) => [radial(x)],
    probeGrid: () => fibonacciSphere(200),
    chart: {
      dim: 2,
      periodic: [true, false],
      toPoint(u) {
        const phi = 2 * Math.PI * u[0];
        const z = 1 - 2 * u[1];
        const s = Math.sqrt(Math.max(0, 1 - z * z));
        return onSphere([s * Math.cos(phi), s * Math.sin(phi), z]);
      },
      toCoords(x) {
        const r = radial(x);
        let phi = Math.atan2(r[1], r[0]) / (2 * Math.PI);
        if (phi < 0) phi += 1;
        return Float64Array.of(phi, (1 - r[2]) / 2);
      },
      sampleUniform(rng) {
        const g = [rng.normal(), rng.normal(), rng.normal()];
        return onSphere(radial([g[0] + C[0], g[1] + C[1], g[2] + C[2]]));
      },
      gridPoints: fibonacciSphere,
    },
  };
}
