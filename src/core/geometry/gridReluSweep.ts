import type { DenseLayer } from '../model/mlpWeights';
import type { ColumnKernel, GridAxes } from './gridKernels';
import { DeepSweep } from './gridReluDeep';
import { SwitchPoints } from './gridSwitchPoints';

/** Column kernels for ReLU nets (the switch-point idea: gridSwitchPoints.ts). */

/** One hidden layer: score = b + sum over on units of e_j (k - t_j), e_j = v_j d_j. */
class ShallowSweep implements ColumnKernel {
  readonly perColumn = true;
  private readonly sp: SwitchPoints;
  private readonly e: Float64Array;
  private readonly dA: Float64Array;
  private readonly dB: Float64Array;
  private readonly stride: [number, number];

  constructor(
    first: DenseLayer,
    private readonly out: DenseLayer,
    g: GridAxes,
  ) {
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
    let A = this.out.b[0],
      B = 0;
    dA.fill(0, kStart, kEnd + 1);
    dB.fill(0, kStart, kEnd + 1);
    for (let r = 0; r < rising.length; r++) {
      const j = rising[r],
        t = Trow[j] + i0 * T1[j],
        ej = e[j];
      if (t < kStart) {
        A -= t * ej;
        B += ej;
      } else if (t < kEnd) {
        const kt = Math.floor(t) + 1;
        dA[kt] -= t * ej;
        dB[kt] += ej;
      }
    }
    for (let r = 0; r < falling.length; r++) {
      const j = falling[r],
        t = Trow[j] + i0 * T1[j],
        ej = e[j];
      if (t <= kStart) continue;
      A -= t * ej;
      B += ej;
      if (t < kEnd) {
        const kt = Math.ceil(t);
        dA[kt] += t * ej;
        dB[kt] -= ej;
      }
    }
    for (let r = 0; r < flat.length; r++) {
      const j = flat[r],
        c = Trow[j] + i0 * T1[j];
      if (c > 0) A += this.out.W[j] * c;
    }
    const base = i0 + this.stride[0] * i1,
      n01 = this.stride[1];
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

export function makeReluSweepKernel(first: DenseLayer, tail: DenseLayer[], g: GridAxes): ColumnKernel {
  return tail.length === 1 ? new ShallowSweep(first, tail[0], g) : new DeepSweep(first, tail, g);
}
