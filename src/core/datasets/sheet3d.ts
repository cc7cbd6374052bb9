/**
 * A curved sheet in R³ (docs/science.md §2, "further toys"): the graph
 * z = h(x, y) = 0.5 + a·sin(2πx)·cos(πy), one full wave along x and a half wave along y.
 * Tangent = orthonormalised partials (1,0,h_x), (0,1,h_y); normal = (−h_x, −h_y, 1)/‖·‖ (upward).
 */
import { orthonormalize } from '../geometry/orthonormalize';
import { checkDim, type ChartedManifold } from './chart';

const TAU = 2 * Math.PI;
const PI = Math.PI;

interface Jet {
  h: number;
  hx: number;
  hy: number;
  hxx: number;
  hxy: number;
  hyy: number;
}

function makeJet(a: number) {
  return (x: number, y: number): Jet => {
    const s = Math.sin(TAU * x);
    const c = Math.cos(TAU * x);
    const sy = Math.sin(PI * y);
    const cy = Math.cos(PI * y);
    return {
      h: 0.5 + a * s * cy,
      hx: a * TAU * c * cy,
      hy: -a * PI * s * sy,
      hxx: -a * TAU * TAU * s * cy,
      hxy: -a * TAU * PI * c * sy,
      hyy: -a * PI * PI * s * cy,
    };
  };
}

export function createSheet3d(amplitude = 0.1): ChartedManifold {
  if (!(amplitude >= 0 && amplitude <= 0.25)) throw new Error(`sheet3d amplitude must be in [0, 0.25] (got ${amplitude})`);
  const jet = makeJet(amplitude);
  const height = (x: number, y: number) => jet(x, y).h;

  // ½‖(x, y, h) − p‖², the objective of the nearest-point problem.
  const f = (x: number, y: number, p: ArrayLike<number>) => {
    const e = height(x, y) - p[2];
    return 0.5 * ((x - p[0]) ** 2 + (y - p[1]) ** 2 + e * e);
  };

  /** Damped Newton from (x, y); falls back to Gauss–Newton where the Hessian is not PD. */
  function newton(x: number, y: number, p: ArrayLike<number>): [number, number] {
    for (let it = 0; it < 100; it++) {
      const J = jet(x, y);
      const e = J.h - p[2];
      const gx = x - p[0] + e * J.hx;
      const gy = y - p[1] + e * J.hy;
      if (Math.hypot(gx, gy) < 1e-14) break;
      let a11 = 1 + J.hx * J.hx + e * J.hxx;
      let a12 = J.hx * J.hy + e * J.hxy;
      let a22 = 1 + J.hy * J.hy + e * J.hyy;
      if (!(a11 > 0 && a11 * a22 - a12 * a12 > 1e-12)) {
        a11 = 1 + J.hx * J.hx;
        a12 = J.hx * J.hy;
        a22 = 1 + J.hy * J.hy;
      }
      const det = a11 * a22 - a12 * a12;
      const dx = -(a22 * gx - a12 * gy) / det;
      const dy = -(a11 * gy - a12 * gx) / det;
      const f0 = f(x, y, p);
      let s = 1;
      while (s > 1e-10 && f(x + s * dx, y + s * dy, p) > f0) s *= 0.5;
      x += s * dx;
      y += s * dy;
      if (Math.hypot(s * dx, s * dy) < 1e-16) break;
    }
    return [x, y];
  }

  function project(p: ArrayLike<number>): Float64Array {
    checkDim(p, 3, 'sheet3d.project');
    const r = Math.abs(p[2] - height(p[0], p[1]));
    if (r === 0) return Float64Array.of(p[0], p[1], p[2]);
    // The nearest point is no farther than (p0, p1, h(p0, p1)), so its (x, y) lie within r of
    // (p0, p1): scan that square for starts so Newton lands in the global minimum's basin.
    const G = 12;
    const starts: [number, number, number][] = [];
    for (let i = 0; i <= G; i++)
      for (let j = 0; j <= G; j++) {
        const x = p[0] - r + (2 * r * i) / G;
        const y = p[1] - r + (2 * r * j) / G;
        starts.push([f(x, y, p), x, y]);
      }
    starts.sort((u, v) => u[0] - v[0]);
    let best: [number, number] = [p[0], p[1]];
    let bestF = f(p[0], p[1], p);
    for (const [, x0, y0] of starts.slice(0, 3)) {
      const [x, y] = newton(x0, y0, p);
      const fx = f(x, y, p);
      if (fx < bestF) [best, bestF] = [[x, y], fx];
    }
    return Float64Array.of(best[0], best[1], height(best[0], best[1]));
  }

  /** Foot point on M used for the bases: x itself when it is on the sheet, else its projection. */
  const foot = (x: ArrayLike<number>) => {
    checkDim(x, 3, 'sheet3d');
    return Math.abs(x[2] - height(x[0], x[1])) < 1e-12 ? x : project(x);
  };

  const maxSlope = Math.hypot(TAU * amplitude, PI * amplitude); // bound on |∇h|
  const sampleMax = Math.sqrt(1 + maxSlope * maxSlope);
  // View box: the ±cap normal search from any probe must stay inside it (the normal tilts
  // sideways by up to cap·|∇h|/√(1+|∇h|²)).
  const cap = 0.5;
  const m = Math.max(0.2, (cap * maxSlope) / sampleMax + 0.02);
  const zm = Math.max(0.2, amplitude + 0.02);

  return {
    kind: 'sheet3d',
    n: 3,
    k: 2,
    bounds: { lo: [-m, -m, -zm], hi: [1 + m, 1 + m, 1 + zm] },
    normalCap: cap,
    project,
    tangentBasis(x) {
      const q = foot(x);
      const J = jet(q[0], q[1]);
      return orthonormalize([Float64Array.of(1, 0, J.hx), Float64Array.of(0, 1, J.hy)]);
    },
    normalBasis(x) {
      const q = foot(x);
      const J = jet(q[0], q[1]);
      const len = Math.sqrt(1 + J.hx * J.hx + J.hy * J.hy);
      return [Float64Array.of(-J.hx / len, -J.hy / len, 1 / len)];
    },
    probeGrid() {
      const out: Float64Array[] = [];
      for (let i = 0; i <= 20; i++) for (let j = 0; j <= 20; j++) out.push(Float64Array.of(i / 20, j / 20, height(i / 20, j / 20)));
      return out;
    },
    chart: {
      dim: 2,
      periodic: [false, false],
      toPoint: (u) => Float64Array.of(u[0], u[1], height(u[0], u[1])),
      toCoords: (x) => Float64Array.of(x[0], x[1]),
      // Rejection on the area element √(1 + h_x² + h_y²) makes the draw uniform on the surface.
      sampleUniform(rng) {
        for (;;) {
          const x = rng.next();
          const y = rng.next();
          const J = jet(x, y);
          if (rng.next() * sampleMax <= Math.sqrt(1 + J.hx * J.hx + J.hy * J.hy)) return Float64Array.of(x, y, J.h);
        }
      },
    },
  };
}
