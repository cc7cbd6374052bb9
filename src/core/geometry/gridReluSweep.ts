import type { DenseLayer } from '../model/mlpWeights';
import type { ColumnKernel, GridAxes } from './gridKernels';
import { Tail } from './gridLayers';

/**
 * Column kernels for ReLU nets. Along a column (fixed i0, i1; grid index k on the last axis) a
 * first-layer unit's pre-activation is d_j * (k - t_j): on for k > t_j when d_j > 0, for k < t_j
 * when d_j < 0, so it switches at most once. The switch point is affine in the column indices,
 * t_j = T0_j + i0 * T1_j + i1 * T2_j (the separable first layer, hoisted per row of columns).
 * Between switches the next layer's pre-activation is A + B * k:
 * - one hidden layer: scalar A, B updated through per-k delta arrays, O(H1 + n) per column;
 * - deeper: vector A, B updated at each switch (2 * H2 flops), then O(H2) per point.
 * Units with d_j = 0 never switch; their pre-activation c_j (kept in T0..T2) is added once.
 */
class SwitchPoints {
  readonly d: Float64Array;
  readonly T1: Float64Array;
  readonly Trow: Float64Array;
  readonly rising: Int32Array;
  readonly falling: Int32Array;
  readonly flat: Int32Array;
  private readonly T0: Float64Array;
  private readonly T2: Float64Array;
  private row = -1;

  constructor(first: DenseLayer, g: GridAxes) {
    const H = first.outDim;
    const wOf = (a: number, j: number): number => (g.input[a] < 0 ? 0 : first.W[g.input[a] * H + j]);
    [this.d, this.T0, this.T1, this.T2, this.Trow] = [0, 1, 2, 3, 4].map(() => new Float64Array(H));
    const groups: number[][] = [[], [], []];
    for (let j = 0; j < H; j++) {
      const c0 = first.b[j] + wOf(0, j) * g.lo[0] + wOf(1, j) * g.lo[1] + wOf(2, j) * g.lo[2];
      const d = (this.d[j] = wOf(2, j) * g.h[2]);
      const s = d === 0 ? 1 : -1 / d;
      this.T0[j] = s * c0;
      this.T1[j] = s * wOf(0, j) * g.h[0];
      this.T2[j] = s * wOf(1, j) * g.h[1];
      groups[d > 0 ? 0 : d < 0 ? 1 : 2].push(j);
    }
    [this.rising, this.falling, this.flat] = groups.map((x) => Int32Array.from(x));
  }

  hoistRow(i1: number): void {
    if (i1 === this.row) return;
    const { T0, T2, Trow } = this;
    for (let j = 0; j < T0.length; j++) Trow[j] = T0[j] + i1 * T2[j];
    this.row = i1;
  }
}

/** One hidden layer: score = b + sum over on units of e_j (k - t_j), e_j = v_j d_j. */
class ShallowSweep implements ColumnKernel {
  readonly perColumn = true;
  private readonly sp: SwitchPoints;
  private readonly e: Float64Array;
  private readonly dA: Float64Array;
  private readonly dB: Float64Array;
  private readonly stride: [number, number];

  constructor(first: DenseLayer, private readonly out: DenseLayer, g: GridAxes) {
    this.sp = new SwitchPoints(first, g);
    this.e = Float64Array.from(this.sp.d, (d, j) => out.W[j] * d);
    this.dA = new Float64Array(g.n[2] + 1);
    this.dB = new Float64Array(g.n[2] + 1);
    this.stride = [g.n[0], g.n[0] * g.n[1]];
  }

  column(i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array): number {
    const { sp, e, dA, dB } = this;
    const { rising, falling, flat, Trow, T1 } = sp;
    sp.hoistRow(i1);
    let A = this.out.b[0], B = 0;
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
      if (c > 0) A += this.out.W[j] * c;
    }
    const base = i0 + this.stride[0] * i1, n01 = this.stride[1];
    let count = 0;
    for (let k = kStart; k <= kEnd; k++) {
      A += dA[k];
      B += dB[k];
      if (want !== null && want[k] === 0) continue;
      out[base + n01 * k] = A + B * k;
      count++;
    }
    return count;
  }
}

/**
 * Deeper nets: u2(k) = A + B k, with WD_j = d_j * W2_j so an on unit adds WD_j * (k - t_j).
 * The state at k = 0 (A0, B0 and G0 = sum of on units' T1_j WD_j) is carried from column to
 * column along a row: moving i0 shifts every on unit's t_j by T1_j, i.e. A0 -= di0 * G0, and
 * only units whose switch point crosses k = 0 cost a vector update. Rebuilt at each new row.
 */
class DeepSweep implements ColumnKernel {
  readonly perColumn = false;
  private readonly sp: SwitchPoints;
  private readonly H2: number;
  private readonly WD: Float64Array;
  private readonly A: Float64Array;
  private readonly B: Float64Array;
  private readonly A0: Float64Array;
  private readonly B0: Float64Array;
  private readonly G0: Float64Array;
  private readonly on0: Uint8Array;
  private readonly u2: Float64Array;
  private readonly head: Int32Array;
  private readonly link: Int32Array;
  private readonly tOf: Float64Array;
  private readonly rest: Tail | null; // null: the next layer feeds the score unit directly
  private readonly w3: Float64Array;
  private readonly stride: [number, number];
  private row = -1;
  private col = 0;

  constructor(first: DenseLayer, private readonly tail: DenseLayer[], g: GridAxes) {
    this.sp = new SwitchPoints(first, g);
    const { outDim: H2, W } = tail[0];
    const H1 = first.outDim;
    this.H2 = H2;
    this.WD = new Float64Array(H1 * H2);
    for (let j = 0; j < H1; j++) for (let o = 0; o < H2; o++) this.WD[j * H2 + o] = this.sp.d[j] * W[j * H2 + o];
    [this.A, this.B, this.A0, this.B0, this.G0, this.u2] = [0, 1, 2, 3, 4, 5].map(() => new Float64Array(H2));
    this.on0 = new Uint8Array(H1);
    this.head = new Int32Array(g.n[2] + 1);
    this.link = new Int32Array(H1);
    this.tOf = new Float64Array(H1);
    this.rest = tail.length === 2 ? null : new Tail(tail.slice(1), 'relu');
    this.w3 = Float64Array.from(tail[tail.length - 1].W);
    this.stride = [g.n[0], g.n[0] * g.n[1]];
  }

  /** Unit j (switch point t) joins (s = 1) or leaves (s = -1) the state at k = 0. */
  private addStart(j: number, t: number, s: number): void {
    const { A0, B0, G0, WD, H2 } = this;
    const r = j * H2, st = s * t, sg = s * this.sp.T1[j];
    for (let o = 0; o < H2; o++) {
      const w = WD[r + o];
      A0[o] -= st * w;
      B0[o] += s * w;
      G0[o] += sg * w;
    }
  }

  /** Unit j switches on (s = 1) or off (s = -1) inside the column. */
  private add(j: number, t: number, s: number): void {
    const { A, B, WD, H2 } = this;
    const r = j * H2, st = s * t;
    for (let o = 0; o < H2; o++) {
      A[o] -= st * WD[r + o];
      B[o] += s * WD[r + o];
    }
  }

  private schedule(j: number, t: number, kt: number): void {
    this.tOf[j] = t;
    this.link[j] = this.head[kt];
    this.head[kt] = j;
  }

  /** Brings A0, B0, on0 to column (i0, i1) and schedules the switches in (0, kEnd]. */
  private startColumn(i0: number, i1: number, kEnd: number): void {
    const { sp, A0, B0, G0, on0 } = this;
    const { rising, falling, Trow, T1 } = sp;
    sp.hoistRow(i1);
    if (i1 !== this.row) {
      A0.set(this.tail[0].b);
      B0.fill(0);
      G0.fill(0);
      on0.fill(0);
      this.row = i1;
    } else {
      const shift = i0 - this.col;
      for (let o = 0; o < this.H2; o++) A0[o] -= shift * G0[o];
    }
    this.col = i0;
    this.head.fill(-1, 1, kEnd + 1);
    for (let r = 0; r < rising.length; r++) {
      const j = rising[r], t = Trow[j] + i0 * T1[j], on = t < 0 ? 1 : 0;
      if (on !== on0[j]) this.addStart(j, t, on ? 1 : -1), (on0[j] = on);
      if (!on && t < kEnd) this.schedule(j, t, Math.floor(t) + 1);
    }
    for (let r = 0; r < falling.length; r++) {
      const j = falling[r], t = Trow[j] + i0 * T1[j], on = t > 0 ? 1 : 0;
      if (on !== on0[j]) this.addStart(j, t, on ? 1 : -1), (on0[j] = on);
      if (on && t < kEnd) this.schedule(j, t, Math.ceil(t));
    }
  }

  column(i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array): number {
    this.startColumn(i0, i1, kEnd);
    const { sp, A, B, u2, head, link, tOf, H2 } = this;
    const { flat, Trow, T1, d } = sp;
    A.set(this.A0);
    B.set(this.B0);
    const W = this.tail[0].W;
    for (let r = 0; r < flat.length; r++) {
      const j = flat[r], c = Trow[j] + i0 * T1[j];
      if (c > 0) for (let o = 0; o < H2; o++) A[o] += c * W[j * H2 + o];
    }
    const w3 = this.w3, b3 = this.tail[this.tail.length - 1].b[0];
    const base = i0 + this.stride[0] * i1, n01 = this.stride[1];
    let count = 0;
    for (let k = 0; k <= kEnd; k++) {
      if (k > 0) for (let j = head[k]; j >= 0; j = link[j]) this.add(j, tOf[j], d[j] > 0 ? 1 : -1);
      if (k < kStart || (want !== null && want[k] === 0)) continue;
      let s = b3;
      if (this.rest === null) {
        for (let o = 0; o < H2; o++) s += w3[o] * Math.max(0, A[o] + B[o] * k); // branch-free: signs are random
      } else {
        for (let o = 0; o < H2; o++) u2[o] = Math.max(0, A[o] + B[o] * k);
        s = this.rest.forward(u2);
      }
      out[base + n01 * k] = s;
      count++;
    }
    return count;
  }
}

export function makeReluSweepKernel(first: DenseLayer, tail: DenseLayer[], g: GridAxes): ColumnKernel {
  return tail.length === 1 ? new ShallowSweep(first, tail[0], g) : new DeepSweep(first, tail, g);
}
