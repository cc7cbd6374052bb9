/**
 * The slice's margin grid (imageSliceGrid.ts, same vertex order: x index fastest) for any
 * classifier that evaluates images in batches, e.g. an imported tfjs model: the res^3 images
 * x0 + a u1 + b u2 + c u3 are built in chunks and their logits read back once per chunk.
 */
import { margin } from '../core/model/classifier';

/** Logits of `count` images (count x n, row-major), count x outputs. */
export type BatchLogits = (images: Float32Array, count: number) => Float32Array;

export function sliceMarginGridBatched(
  batchLogits: BatchLogits,
  x0: ArrayLike<number>,
  U: readonly ArrayLike<number>[],
  cls: number,
  res: number,
  extent: number,
): Float32Array {
  const n = x0.length;
  const total = res * res * res;
  const values = new Float32Array(total);
  const coord = (i: number) => extent * (-1 + (2 * i) / (res - 1));
  const chunk = 1024;
  const images = new Float32Array(chunk * n);
  for (let s = 0; s < total; s += chunk) {
    const m = Math.min(chunk, total - s);
    for (let t = 0; t < m; t++) {
      const v = s + t;
      const a = coord(v % res),
        b = coord(Math.floor(v / res) % res),
        c = coord(Math.floor(v / (res * res)));
      for (let p = 0, o = t * n; p < n; p++) images[o + p] = x0[p] + a * U[0][p] + b * U[1][p] + c * U[2][p];
    }
    const z = batchLogits(images.subarray(0, m * n), m);
    const outputs = z.length / m;
    for (let t = 0; t < m; t++) values[s + t] = margin(z.subarray(t * outputs, (t + 1) * outputs), cls);
  }
  return values;
}
