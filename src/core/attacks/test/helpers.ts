/** Small hand-written models, projectors and manifolds for the attack tests. */
import type { Manifold } from '../../datasets/types';
import type { Classifier } from '../../model/classifier';
import { mlpClassifier } from '../../model/jsMlp';
import type { Activation, MlpWeights } from '../../model/mlpWeights';
import { createRng } from '../../rng';
import type { Projector } from '../types';

/** Binary single-logit z = w.x + b. */
export function linearBinary(w: number[], b: number): Classifier {
  return {
    inputDim: w.length,
    numClasses: 2,
    outputs: 1,
    logits: (x) => Float64Array.of(w.reduce((s, wi, i) => s + wi * x[i], b)),
    inputGradient: (_x, cot) => Float64Array.from(w, (wi) => wi * cot[0]),
  };
}

/** Multiclass affine logits Z = W x + b (W: one row per class). */
export function affineMulticlass(W: number[][], b: number[]): Classifier {
  const n = W[0].length;
  return {
    inputDim: n,
    numClasses: W.length,
    outputs: W.length,
    logits: (x) => Float64Array.from(W, (row, j) => row.reduce((s, wi, i) => s + wi * x[i], b[j])),
    inputGradient: (_x, cot) => {
      const g = new Float64Array(n);
      W.forEach((row, j) => row.forEach((wi, i) => (g[i] += cot[j] * wi)));
      return g;
    },
  };
}

/** A random MLP as a Classifier; weights N(0, (scale / sqrt(fan-in))^2), biases N(0, 0.09). */
export function randomMlp(seed: number, sizes: number[], activation: Activation = 'tanh', scale = 1.5): Classifier {
  const rng = createRng(seed);
  const w: MlpWeights = {
    activation,
    layers: sizes.slice(1).map((outDim, l) => {
      const inDim = sizes[l];
      const s = scale / Math.sqrt(inDim);
      return {
        inDim,
        outDim,
        W: Float32Array.from({ length: inDim * outDim }, () => s * rng.normal()),
        b: Float32Array.from({ length: outDim }, () => 0.3 * rng.normal()),
      };
    }),
  };
  return mlpClassifier(w);
}

/** Projector of the plane toy in R^3: T = span{e_x, e_y}, N = span{e_z}. */
export const planeProjector: Projector = {
  tangent: (v) => Float64Array.of(v[0], v[1], 0),
  normal: (v) => Float64Array.of(0, 0, v[2]),
};

const box3 = { lo: [-3, -3, -3], hi: [3, 3, 3] };

/** Sphere of radius r about the origin in R^3. */
export function sphereManifold(r: number): Manifold {
  const unit = (x: ArrayLike<number>) => {
    const s = Math.hypot(x[0], x[1], x[2]) || 1;
    return Float64Array.of(x[0] / s, x[1] / s, x[2] / s);
  };
  return {
    kind: 'sphere3d',
    n: 3,
    k: 2,
    bounds: box3,
    normalCap: 0.5,
    project: (x) => unit(x).map((u) => r * u),
    normalBasis: (x) => [unit(x)],
    tangentBasis: (x) => {
      const u = unit(x);
      // Gram-Schmidt of the coordinate axis least aligned with u, then the cross product.
      const a = Math.abs(u[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
      const d = a[0] * u[0] + a[1] * u[1] + a[2] * u[2];
      const t1 = unit(Float64Array.of(a[0] - d * u[0], a[1] - d * u[1], a[2] - d * u[2]));
      const t2 = Float64Array.of(u[1] * t1[2] - u[2] * t1[1], u[2] * t1[0] - u[0] * t1[2], u[0] * t1[1] - u[1] * t1[0]);
      return [t1, t2];
    },
    probeGrid: () => [],
  };
}

/** The plane z = 0.5 in R^3. */
export function planeManifold(): Manifold {
  return {
    kind: 'plane3d',
    n: 3,
    k: 2,
    bounds: box3,
    normalCap: 0.5,
    project: (x) => Float64Array.of(x[0], x[1], 0.5),
    tangentBasis: () => [Float64Array.of(1, 0, 0), Float64Array.of(0, 1, 0)],
    normalBasis: () => [Float64Array.of(0, 0, 1)],
    probeGrid: () => [],
  };
}

/** Points uniform in [lo, hi]^n. */
export function randomPoints(seed: number, count: number, n: number, lo: number, hi: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Float64Array.from({ length: n }, () => rng.uniform(lo, hi)));
}

/** Euclidean distance between two points. */
export function dist(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}
