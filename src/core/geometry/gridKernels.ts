import type { Activation, DenseLayer, MlpWeights } from '../model/mlpWeights';
import { activateInPlace, makeTail } from './gridLayers';
import { makeReluSweepKernel } from './gridReluSweep';
import { scoreLayer } from './lipschitz';

/**
 * Exact evaluation of an MLP's score along grid columns (lines along the last grid axis).
 * Grid axes are internal: (a0, a1, a2) with a2 the column axis; a 2-D grid is (phantom, x, y).
 * ReLU nets use the switch-point sweep (gridReluSweep.ts); other activations evaluate each point
 * densely, reusing the first layer's per-axis rows with the (a0, a1) part hoisted per column.
 */
export interface GridAxes {
  n: [number, number, number];
  lo: [number, number, number];
  h: [number, number, number];
  /** Input dimension each axis feeds, or -1 for a phantom axis (2-D inputs). */
  input: [number, number, number];
}

/** Writes the score at (i0, i1, k) for wanted k in [kStart, kEnd] (all if want is null); returns how many. */
export type ColumnKernel = (
  i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array,
) => number;

export function makeColumnKernel(w: MlpWeights, score: ArrayLike<number>, g: GridAxes): ColumnKernel {
  const L = w.layers.length;
  // A net without hidden layers is its own score unit, followed by an identity layer.
  const first = L === 1 ? scoreLayer(w.layers[0], score) : w.layers[0];
  const act: Activation = L === 1 ? 'linear' : w.activation;
  const tail: DenseLayer[] =
    L === 1 ? [{ inDim: 1, outDim: 1, W: Float32Array.of(1), b: Float32Array.of(0) }] : w.layers.slice(1);
  if (L > 1) tail[tail.length - 1] = scoreLayer(w.layers[L - 1], score);
  if (act === 'relu') return makeReluSweepKernel(first, tail, g);

  const H1 = first.outDim;
  // Per-axis first-layer contributions: rows[a][i * H1 + j] = W1[input_a, j] * coord_a(i).
  const rows = [0, 1, 2].map((a) => {
    const r = new Float32Array(g.n[a] * H1);
    if (g.input[a] < 0) return r;
    for (let i = 0; i < g.n[a]; i++) {
      const x = g.lo[a] + i * g.h[a];
      for (let j = 0; j < H1; j++) r[i * H1 + j] = x * first.W[g.input[a] * H1 + j];
    }
    return r;
  });
  const [r0, r1, rz] = rows;
  const n0 = g.n[0], n01 = g.n[0] * g.n[1];
  const c = new Float64Array(H1), h = new Float64Array(H1);
  const rest = makeTail(tail, act);
  return (i0, i1, kStart, kEnd, want, out) => {
    const o0 = i0 * H1, o1 = i1 * H1;
    for (let j = 0; j < H1; j++) c[j] = first.b[j] + r0[o0 + j] + r1[o1 + j];
    let count = 0;
    for (let k = kStart; k <= kEnd; k++) {
      if (want !== null && want[k] === 0) continue;
      const oz = k * H1;
      for (let j = 0; j < H1; j++) h[j] = c[j] + rz[oz + j];
      activateInPlace(act, h, H1);
      out[i0 + n0 * i1 + n01 * k] = rest(h);
      count++;
    }
    return count;
  };
}
