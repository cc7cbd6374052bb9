import type { DenseLayer } from '../model/mlpWeights';
import type { ColumnKernel, GridAxes } from './gridKernels';
import { makeTail } from './gridLayers';

/**
 * Column kernel for ReLU nets. Along a column (fixed i0, i1; grid index k on the last axis) a
 * first-layer unit's pre-activation is d_j * (k - t_j): on for k > t_j when d_j > 0, for k < t_j
 * when d_j < 0, so it switches at most once. The switch point is affine in the column indices,
 * t_j = T0_j + i0 * T1_j + i1 * T2_j (the separable first layer, hoisted per row).
 * Between switches the next layer's pre-activation is A + B * k:
 * - one hidden layer: scalar A, B updated through per-k delta arrays, O(H1 + n) per column;
 * - deeper: vector A, B updated at each switch (2 * H2 flops), then O(H2) per point.
 * Units with d_j = 0 never switch; their pre-activation c_j (kept in T0..T2) is added once.
 */
export function makeReluSweepKernel(first: DenseLayer, tail: DenseLayer[], g: GridAxes): ColumnKernel {
  const H1 = first.outDim, n0 = g.n[0], n01 = g.n[0] * g.n[1], n2 = g.n[2];
  const wOf = (a: number, j: number): number => (g.input[a] < 0 ? 0 : first.W[g.input[a] * H1 + j]);
  const d = new Float64Array(H1), T0 = new Float64Array(H1), T1 = new Float64Array(H1), T2 = new Float64Array(H1);
  const groups: number[][] = [[], [], []]; // rising, falling, flat
  for (let j = 0; j < H1; j++) {
    const c0 = first.b[j] + wOf(0, j) * g.lo[0] + wOf(1, j) * g.lo[1] + wOf(2, j) * g.lo[2];
    d[j] = wOf(2, j) * g.h[2];
    const s = d[j] === 0 ? 1 : -1 / d[j];
    T0[j] = s * c0;
    T1[j] = s * wOf(0, j) * g.h[0];
    T2[j] = s * wOf(1, j) * g.h[1];
    groups[d[j] > 0 ? 0 : d[j] < 0 ? 1 : 2].push(j);
  }
  const [rising, falling, flat] = groups.map((x) => Int32Array.from(x));
  const Trow = new Float64Array(H1);
  let row = -1;
  const hoistRow = (i1: number): void => {
    if (i1 === row) return;
    for (let j = 0; j < H1; j++) Trow[j] = T0[j] + i1 * T2[j];
    row = i1;
  };
  const N = tail[0];

  if (tail.length === 1) {
    // Score = b + sum over on units of e_j (k - t_j), e_j = v_j d_j.
    const v = N.W, b = N.b[0];
    const e = Float64Array.from(d, (dj, j) => v[j] * dj);
    const dA = new Float64Array(n2 + 1), dB = new Float64Array(n2 + 1);
    return (i0, i1, kStart, kEnd, want, out) => {
      hoistRow(i1);
      let A = b, B = 0;
      dA.fill(0, kStart, kEnd + 1);
      dB.fill(0, kStart, kEnd + 1);
      for (let r = 0; r < rising.length; r++) {
        const j = rising[r], t = Trow[j] + i0 * T1[j], ej = e[j];
        if (t < kStart) { A -= t * ej; B += ej; }
        else if (t < kEnd) { const kt = Math.floor(t) + 1; dA[kt] -= t * ej; dB[kt] += ej; }
      }
      for (let r = 0; r < falling.length; r++) {
        const j = falling[r], t = Trow[j] + i0 * T1[j], ej = e[j];
        if (t <= kStart) continue;
        A -= t * ej;
        B += ej;
        if (t < kEnd) { const kt = Math.ceil(t); dA[kt] += t * ej; dB[kt] -= ej; }
      }
      for (let r = 0; r < flat.length; r++) {
        const j = flat[r], c = Trow[j] + i0 * T1[j];
        if (c > 0) A += v[j] * c;
      }
      let count = 0;
      for (let k = kStart; k <= kEnd; k++) {
        A += dA[k];
        B += dB[k];
        if (want !== null && want[k] === 0) continue;
        out[i0 + n0 * i1 + n01 * k] = A + B * k;
        count++;
      }
      return count;
    };
  }

  // Deeper nets: u2(k) = A + B k, with WD_j = d_j * W_j so an on unit adds WD_j * (k - t_j).
  const H2 = N.outDim, W = N.W;
  const WD = new Float64Array(H1 * H2);
  for (let j = 0; j < H1; j++) for (let o = 0; o < H2; o++) WD[j * H2 + o] = d[j] * W[j * H2 + o];
  const A = new Float64Array(H2), B = new Float64Array(H2), u2 = new Float64Array(H2);
  const head = new Int32Array(n2 + 1), link = new Int32Array(H1), tOf = new Float64Array(H1);
  const fused = tail.length === 2; // score = b3 + w3 . relu(u2), in one pass
  const w3 = tail[tail.length - 1].W, b3 = tail[tail.length - 1].b[0];
  const rest = makeTail(tail.slice(1), 'relu');
  const add = (j: number, t: number, s: number): void => {
    const r = j * H2, st = s * t;
    for (let o = 0; o < H2; o++) {
      A[o] -= st * WD[r + o];
      B[o] += s * WD[r + o];
    }
  };
  const schedule = (j: number, t: number, kt: number): void => {
    tOf[j] = t;
    link[j] = head[kt];
    head[kt] = j;
  };
  return (i0, i1, kStart, kEnd, want, out) => {
    hoistRow(i1);
    A.set(N.b);
    B.fill(0);
    head.fill(-1, kStart, kEnd + 1);
    for (let r = 0; r < rising.length; r++) {
      const j = rising[r], t = Trow[j] + i0 * T1[j];
      if (t < kStart) add(j, t, 1);
      else if (t < kEnd) schedule(j, t, Math.floor(t) + 1);
    }
    for (let r = 0; r < falling.length; r++) {
      const j = falling[r], t = Trow[j] + i0 * T1[j];
      if (t <= kStart) continue;
      add(j, t, 1);
      if (t < kEnd) schedule(j, t, Math.ceil(t));
    }
    for (let r = 0; r < flat.length; r++) {
      const j = flat[r], c = Trow[j] + i0 * T1[j];
      if (c > 0) for (let o = 0; o < H2; o++) A[o] += c * W[j * H2 + o];
    }
    let count = 0;
    for (let k = kStart; k <= kEnd; k++) {
      for (let j = head[k]; j >= 0; j = link[j]) add(j, tOf[j], d[j] > 0 ? 1 : -1);
      if (want !== null && want[k] === 0) continue;
      let s: number;
      if (fused) {
        s = b3;
        for (let o = 0; o < H2; o++) {
          const u = A[o] + B[o] * k;
          if (u > 0) s += w3[o] * u;
        }
      } else {
        for (let o = 0; o < H2; o++) u2[o] = Math.max(0, A[o] + B[o] * k);
        s = rest(u2);
      }
      out[i0 + n0 * i1 + n01 * k] = s;
      count++;
    }
    return count;
  };
}
