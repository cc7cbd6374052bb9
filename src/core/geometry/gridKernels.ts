import type { Activation, DenseLayer, MlpWeights } from '../model/mlpWeights';
import { scoreLayer } from './lipschitz';

/**
 * Exact evaluation of an MLP's score along grid columns (lines parallel to the last grid axis).
 * The first layer is affine, so along a column unit j's pre-activation is c_j + d_j * k for grid
 * index k, with c_j = bias + the hoisted per-axis rows of the other two axes.
 * - ReLU nets: each first-layer unit switches at most once along the column, so the next layer's
 *   pre-activation is A + B * k between switches; we bucket the switch indices and update A, B
 *   there (O(H1 + n) per column for one hidden layer, O(H2) per point for deeper nets).
 * - Other activations: dense per point, reusing the hoisted c_j.
 * Grid axes are internal: (a0, a1, a2) with a2 the column axis; a 2-D grid is (phantom, x, y).
 * Accumulators are Float64 (the sweep adds and removes terms; float32 would drift).
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

function activateInPlace(a: Activation, u: Float64Array, n: number): void {
  switch (a) {
    case 'relu': for (let j = 0; j < n; j++) if (u[j] < 0) u[j] = 0; break;
    case 'tanh': for (let j = 0; j < n; j++) u[j] = Math.tanh(u[j]); break;
    case 'elu': for (let j = 0; j < n; j++) if (u[j] < 0) u[j] = Math.expm1(u[j]); break;
    case 'softplus': for (let j = 0; j < n; j++) u[j] = u[j] > 30 ? u[j] : Math.log1p(Math.exp(u[j])); break;
    case 'sigmoid': for (let j = 0; j < n; j++) u[j] = 1 / (1 + Math.exp(-u[j])); break;
    case 'linear': break;
  }
}

/** Layers after the first, with the logits folded into one score unit; returns the score. */
function makeTail(tail: DenseLayer[], act: Activation): (h: Float64Array) => number {
  const bufs = tail.map((l) => new Float64Array(l.outDim));
  return (h) => {
    let x = h;
    for (let t = 0; t < tail.length; t++) {
      const { inDim, outDim, W, b } = tail[t];
      if (t === tail.length - 1 && outDim === 1) {
        let s = b[0];
        for (let j = 0; j < inDim; j++) s += x[j] * W[j];
        return s;
      }
      const u = bufs[t];
      u.set(b);
      for (let j = 0; j < inDim; j++) {
        const hj = x[j];
        if (hj === 0) continue; // dead ReLU unit: its whole weight row is skipped
        const row = j * outDim;
        for (let o = 0; o < outDim; o++) u[o] += hj * W[row + o];
      }
      activateInPlace(act, u, outDim);
      x = u;
    }
    return x[0];
  };
}

export function makeColumnKernel(w: MlpWeights, score: ArrayLike<number>, g: GridAxes): ColumnKernel {
  const L = w.layers.length;
  // A net without hidden layers is its own score unit, followed by an identity layer.
  const first = L === 1 ? scoreLayer(w.layers[0], score) : w.layers[0];
  const act: Activation = L === 1 ? 'linear' : w.activation;
  const H1 = first.outDim;
  const tail = L === 1 ? [{ inDim: 1, outDim: 1, W: Float32Array.of(1), b: Float32Array.of(0) }] : w.layers.slice(1);
  if (L > 1) tail[tail.length - 1] = scoreLayer(w.layers[L - 1], score);
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
  // Column-axis weight per unit: d_j = W1[z, j] * h_z and offset W1[z, j] * lo_z.
  const d = new Float64Array(H1);
  const z0 = new Float64Array(H1);
  if (g.input[2] >= 0)
    for (let j = 0; j < H1; j++) {
      d[j] = first.W[g.input[2] * H1 + j] * g.h[2];
      z0[j] = first.W[g.input[2] * H1 + j] * g.lo[2];
    }
  const c = new Float64Array(H1);
  const hoist = (i0: number, i1: number, zShift: boolean): void => {
    const r0 = rows[0], r1 = rows[1], o0 = i0 * H1, o1 = i1 * H1;
    for (let j = 0; j < H1; j++) c[j] = first.b[j] + r0[o0 + j] + r1[o1 + j] + (zShift ? z0[j] : 0);
  };
  const n0 = g.n[0], n01 = g.n[0] * g.n[1];

  if (act !== 'relu' && act !== 'linear') {
    const h = new Float64Array(H1);
    const rest = makeTail(tail, act);
    const rz = rows[2];
    return (i0, i1, kStart, kEnd, want, out) => {
      hoist(i0, i1, false);
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

  // ReLU (or linear) sweep. Next layer N: pre-activation A + B * k while layer-1 states hold.
  const N = tail[0];
  const H2 = N.outDim, WN = N.W;
  const A = new Float64Array(H2), B = new Float64Array(H2), u2 = new Float64Array(H2);
  const rest = makeTail(tail.slice(1), act);
  const head = new Int32Array(g.n[2] + 1);
  const next = new Int32Array(H1);
  const linear = act === 'linear';
  const addUnit = (j: number, s: number): void => {
    const cj = s * c[j], dj = s * d[j], row = j * H2;
    for (let o = 0; o < H2; o++) {
      A[o] += cj * WN[row + o];
      B[o] += dj * WN[row + o];
    }
  };
  return (i0, i1, kStart, kEnd, want, out) => {
    hoist(i0, i1, true);
    A.set(N.b);
    B.fill(0);
    head.fill(-1, kStart, kEnd + 1);
    for (let j = 0; j < H1; j++) {
      const cj = c[j], dj = d[j];
      const on = linear || cj + dj * kStart > 0;
      if (on) addUnit(j, 1);
      if (linear || dj === 0 || on === dj > 0) continue; // state never changes in this column
      // Off and rising: first k with c + d k > 0. On and falling: first k with c + d k <= 0.
      const t = -cj / dj;
      if (t >= kEnd) continue;
      let kt = dj > 0 ? Math.floor(t) + 1 : Math.ceil(t);
      if (kt <= kStart) kt = kStart + 1;
      if (kt > kEnd) continue;
      next[j] = head[kt];
      head[kt] = j;
    }
    let count = 0;
    for (let k = kStart; k <= kEnd; k++) {
      for (let j = head[k]; j >= 0; j = next[j]) addUnit(j, d[j] > 0 ? 1 : -1);
      if (want !== null && want[k] === 0) continue;
      let v: number;
      if (H2 === 1 && tail.length === 1) v = A[0] + B[0] * k;
      else {
        for (let o = 0; o < H2; o++) u2[o] = A[o] + B[o] * k;
        activateInPlace(act, u2, H2);
        v = rest(u2);
      }
      out[i0 + n0 * i1 + n01 * k] = v;
      count++;
    }
    return count;
  };
}
