import type { DenseLayer } from '../model/mlpWeights';
import type { ColumnKernel, GridAxes } from './gridKernels';
import { Tail } from './gridLayers';
import { SwitchPoints } from './gridSwitchPoints';

/**
 * Deeper nets: u2(k) = A + B k, with WD_j = d_j * W2_j so an on unit adds WD_j * (k - t_j).
 * The state at k = 0 (A0, B0 and G0 = sum of on units' T1_j WD_j) is carried from column to
 * column along a row: moving i0 shifts every on unit's t_j by T1_j, i.e. A0 -= di0 * G0, and
 * only units whose switch point crosses k = 0 cost a vector update. Rebuilt at each new row.
 */
export class DeepSweep implements ColumnKernel {
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

  constructor(
    first: DenseLayer,
    private readonly tail: DenseLayer[],
    g: GridAxes,
  ) {
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
    const r = j * H2,
      st = s * t,
      sg = s * this.sp.T1[j];
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
    const r = j * H2,
      st = s * t;
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
      const j = rising[r],
        t = Trow[j] + i0 * T1[j],
        on = t < 0 ? 1 : 0;
      if (on !== on0[j]) {
        this.addStart(j, t, on ? 1 : -1);
        on0[j] = on;
      }
      if (!on && t < kEnd) this.schedule(j, t, Math.floor(t) + 1);
    }
    for (let r = 0; r < falling.length; r++) {
      const j = falling[r],
        t = Trow[j] + i0 * T1[j],
        on = t > 0 ? 1 : 0;
      if (on !== on0[j]) {
        this.addStart(j, t, on ? 1 : -1);
        on0[j] = on;
      }
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
      const j = flat[r],
        c = Trow[j] + i0 * T1[j];
      if (c > 0) for (let o = 0; o < H2; o++) A[o] += c * W[j * H2 + o];
    }
    const w3 = this.w3,
      b3 = this.tail[this.tail.length - 1].b[0];
    const base = i0 + this.stride[0] * i1,
      n01 = this.stride[1];
    let count = 0;
    for (let k = 0; k <= kEnd; k++) {
      if (k > 0) for (let j = head[k]; j >= 0; j = link[j]) this.add(j, tOf[j], d[j] > 0 ? 1 : -1);
      if (k < kStart || (want !== null && want[k] === 0)) continue;
      if (this.rest !== null) {
        for (let o = 0; o < H2; o++) u2[o] = Math.max(0, A[o] + B[o] * k);
        out[base + n01 * k] = this.rest.forward(u2);
        count++;
      } else if (k < kEnd && head[k + 1] < 0 && (want === null || want[k + 1] === 1)) {
        // Two points share A, B (no switch in between): one pass over the units for both.
        let s0 = b3,
          s1 = b3;
        const k1 = k + 1;
        for (let o = 0; o < H2; o++) {
          const a = A[o],
            b = B[o],
            w = w3[o];
          s0 += w * Math.max(0, a + b * k); // branch-free: signs are random
          s1 += w * Math.max(0, a + b * k1);
        }
        out[base + n01 * k] = s0;
        out[base + n01 * k1] = s1;
        count += 2;
        k++;
      } else {
        let s = b3;
        for (let o = 0; o < H2; o++) s += w3[o] * Math.max(0, A[o] + B[o] * k);
        out[base + n01 * k] = s;
        count++;
      }
    }
    return count;
  }
}
