import type { Activation, DenseLayer, MlpWeights } from '../model/mlpWeights';
import { activateInPlace, Tail } from './gridLayers';
import { makeReluSweepKernel } from './gridReluSweep';
import { scoreLayer } from './lipschitz';

/**
 * Exact evaluation of an MLP's score along grid columns (lines along the last grid axis).
 * Grid axes are internal: (a0, a1, a2) with a2 the column axis; a 2-D grid is (phantom, x, y).
 * ReLU nets use the switch-point sweep (gridReluSweep.ts); other activations evaluate each point
 * densely, reusing the first layer's per-axis rows with the (a0, a1) part hoisted per column.
 * Scratch is Float64 (the sweeps add and remove terms, float32 would drift); the output is Float32.
 */
export interface GridAxes {
  n: [number, number, number];
  lo: [number, number, number];
  h: [number, number, number];
  /** Input dimension each axis feeds, or -1 for a phantom axis (2-D inputs). */
  input: [number, number, number];
}

export interface ColumnKernel {
  /** True when a column costs about the same however few of its points are wanted (skipping saves nothing). */
  readonly perColumn: boolean;
  /** Writes the score at (i0, i1, k) for wanted k in [kStart, kEnd] (all if want is null); returns how many. */
  column(i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array): number;
}

export function makeColumnKernel(w: MlpWeights, score: ArrayLike<number>, g: GridAxes): ColumnKernel {
  const L = w.layers.length;
  // A net without hidden layers is its own score unit, followed by an identity layer.
  const first = L === 1 ? scoreLayer(w.layers[0], score) : w.layers[0];
  const act: Activation = L === 1 ? 'linear' : w.activation;
  const tail: DenseLayer[] = L === 1 ? [{ inDim: 1, outDim: 1, W: Float32Array.of(1), b: Float32Array.of(0) }] : w.layers.slice(1);
  if (L > 1) tail[tail.length - 1] = scoreLayer(w.layers[L - 1], score);
  if (act === 'relu') return makeReluSweepKernel(first, tail, g);
  return new DenseColumns(first, tail, act, g);
}

/** Other activations: every point densely, from per-axis first-layer rows (a0, a1 hoisted). */
class DenseColumns implements ColumnKernel {
  readonly perColumn = false;
  private readonly rows: Float64Array[];
  private readonly c: Float64Array;
  private readonly h: Float64Array;
  private readonly rest: Tail;
  private readonly stride: [number, number];

  constructor(
    private readonly first: DenseLayer,
    tail: DenseLayer[],
    private readonly act: Activation,
    g: GridAxes,
  ) {
    const H = first.outDim;
    // rows[a][i * H + j] = W1[input_a, j] * coord_a(i): a vertex's pre-activation is a sum of three rows.
    this.rows = [0, 1, 2].map((a) => {
      const r = new Float64Array(g.n[a] * H);
      if (g.input[a] >= 0)
        for (let i = 0; i < g.n[a]; i++) for (let j = 0; j < H; j++) r[i * H + j] = (g.lo[a] + i * g.h[a]) * first.W[g.input[a] * H + j];
      return r;
    });
    this.c = new Float64Array(H);
    this.h = new Float64Array(H);
    this.rest = new Tail(tail, act);
    this.stride = [g.n[0], g.n[0] * g.n[1]];
  }

  column(i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array): number {
    const { c, h, first } = this;
    const [r0, r1, rz] = this.rows;
    const H = c.length,
      o0 = i0 * H,
      o1 = i1 * H;
    for (let j = 0; j < H; j++) c[j] = first.b[j] + r0[o0 + j] + r1[o1 + j];
    const base = i0 + this.stride[0] * i1,
      n01 = this.stride[1];
    let count = 0;
    for (let k = kStart; k <= kEnd; k++) {
      if (want !== null && want[k] === 0) continue;
      const oz = k * H;
      for (let j = 0; j < H; j++) h[j] = c[j] + rz[oz + j];
      activateInPlace(this.act, h, H);
      out[base + n01 * k] = this.rest.forward(h);
      count++;
    }
    return count;
  }
}
