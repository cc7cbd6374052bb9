import type { DenseLayer } from '../model/mlpWeights';
import type { GridAxes } from './gridKernels';

/**
 * Switch points of first-layer ReLU units along grid columns, for gridReluSweep.ts and
 * gridReluDeep.ts. Along a column (fixed i0, i1; grid index k on the last axis) a first-layer
 * unit's pre-activation is d_j * (k - t_j): on for k > t_j when d_j > 0, for k < t_j
 * when d_j < 0, so it switches at most once. The switch point is affine in the column indices,
 * t_j = T0_j + i0 * T1_j + i1 * T2_j (the separable first layer, hoisted per row of columns).
 * Between switches the next layer's pre-activation is A + B * k:
 * - one hidden layer: scalar A, B updated through per-k delta arrays, O(H1 + n) per column;
 * - deeper: vector A, B updated at each switch (2 * H2 flops), then O(H2) per point.
 * Units with d_j = 0 never switch; their pre-activation c_j (kept in T0..T2) is added once.
 */
export class SwitchPoints {
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
