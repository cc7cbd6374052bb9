/**
 * The classifier's margin on a res^3 grid over the affine slice x0 + a u1 + b u2 + c u3,
 * a, b, c in [-extent, extent] (x index fastest, as marchingCubes expects). The first Dense
 * layer is affine in (a, b, c), so it is precomputed once (4 vectors) and each vertex costs
 * 3 x width instead of n x width multiply-adds: 22^3 vertices of the 196-256-256-10 MLP take
 * ~0.4 s instead of ~1 s in plain JS.
 */
import { margin, type Classifier } from '../core/model/classifier';
import { activate, type MlpWeights } from '../core/model/mlpWeights';

/** The same grid through any classifier, one forward pass per vertex. */
export function sliceMarginGridOf(
  clf: Classifier,
  x0: ArrayLike<number>,
  U: readonly ArrayLike<number>[],
  cls: number,
  res: number,
  extent: number,
): Float32Array {
  const values = new Float32Array(res * res * res);
  const x = new Float64Array(x0.length);
  const coord = (i: number) => extent * (-1 + (2 * i) / (res - 1));
  for (let k = 0, v = 0; k < res; k++)
    for (let j = 0; j < res; j++)
      for (let i = 0; i < res; i++, v++) {
        const a = coord(i),
          b = coord(j),
          c = coord(k);
        for (let q = 0; q < x.length; q++) x[q] = x0[q] + a * U[0][q] + b * U[1][q] + c * U[2][q];
        values[v] = margin(clf.logits(x), cls);
      }
  return values;
}

export function sliceMarginGrid(
  w: MlpWeights,
  x0: ArrayLike<number>,
  U: readonly ArrayLike<number>[],
  cls: number,
  res: number,
  extent: number,
): Float32Array {
  const [first, ...rest] = w.layers;
  const width = first.outDim;
  const affineOf = (v: ArrayLike<number>, bias: boolean) => {
    const out = new Float64Array(width);
    if (bias) for (let j = 0; j < width; j++) out[j] = first.b[j];
    for (let i = 0; i < first.inDim; i++) {
      const vi = v[i];
      if (vi === 0) continue;
      for (let j = 0, r = i * width; j < width; j++) out[j] += vi * first.W[r + j];
    }
    return out;
  };
  const base = affineOf(x0, true);
  const D = U.map((u) => affineOf(u, false));
  const act = w.activation;
  const lastLinear = rest.length === 0;
  const values = new Float32Array(res * res * res);
  const coord = (i: number) => extent * (-1 + (2 * i) / (res - 1));
  let h: Float64Array = new Float64Array(width);
  for (let k = 0, v = 0; k < res; k++) {
    for (let j = 0; j < res; j++) {
      for (let i = 0; i < res; i++, v++) {
        const a = coord(i),
          b = coord(j),
          c = coord(k);
        h = new Float64Array(width);
        for (let q = 0; q < width; q++) {
          const u = base[q] + a * D[0][q] + b * D[1][q] + c * D[2][q];
          h[q] = lastLinear ? u : activate(act, u);
        }
        rest.forEach((l, li) => {
          const out = new Float64Array(l.outDim);
          for (let q = 0; q < l.outDim; q++) out[q] = l.b[q];
          for (let p = 0; p < l.inDim; p++) {
            const hp = h[p];
            if (hp === 0) continue;
            for (let q = 0, r = p * l.outDim; q < l.outDim; q++) out[q] += hp * l.W[r + q];
          }
          if (li < rest.length - 1) for (let q = 0; q < l.outDim; q++) out[q] = activate(act, out[q]);
          h = out;
        });
        let other = -Infinity;
        for (let q = 0; q < h.length; q++) if (q !== cls && h[q] > other) other = h[q];
        values[v] = h[cls] - other;
      }
    }
  }
  return values;
}
