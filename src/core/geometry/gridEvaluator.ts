import { inputDimOf, outputDimOf, type MlpWeights } from '../model/mlpWeights';
import { evaluateAdaptive } from './gridAdaptive';
import { makeColumnKernel, type GridAxes } from './gridKernels';
import { defaultScoreWeights, lipschitzBound } from './lipschitz';

/**
 * The score of an MLP on a regular grid over a box (2-D heat maps / contours, 3-D isosurfaces).
 * Vertex i on an axis sits at lo + i * (hi - lo) / (n - 1); values are stored x fastest.
 * The score is the logit (one output) or sum_k scoreWeights[k] * logit_k (default logit 1 - logit 0
 * for two outputs), so the decision boundary p = 0.5 is the score's zero set.
 * Benchmark behind the hand-written kernels: scripts/bench/grid-node.ts.
 */
export interface GridBox {
  lo: ArrayLike<number>;
  hi: ArrayLike<number>;
}

export interface GridOptions {
  /** Evaluate every vertex (no Lipschitz skipping). */
  exact?: boolean;
  /**
   * Force (true) or forbid (false) Lipschitz skipping. Default: skip unless the net's kernel costs
   * the same per column however few points it evaluates (one-hidden-layer ReLU), where exact is faster.
   */
  adaptive?: boolean;
  /** Coarse lattice stride s of the adaptive pass (default 4). */
  step?: number;
  /** Linear functional of the logits whose sign is the decision (see above). */
  scoreWeights?: ArrayLike<number>;
  /** A precomputed upper bound on the score's Lipschitz constant (else lipschitzBound). */
  lipschitz?: number;
}

export interface GridResult {
  /** Score at every vertex, x fastest; exact where evaluated, else sign-exact interpolation. */
  values: Float32Array;
  /** How many vertices were evaluated exactly. */
  evaluated: number;
  /** Vertices per axis: [nx, ny] or [nx, ny, nz]. */
  dims: number[];
  /** The Lipschitz bound used (NaN in exact mode). */
  lipschitz: number;
}

export function gridDims(inputDim: number, res: number | readonly number[]): number[] {
  const dims = typeof res === 'number' ? new Array<number>(inputDim).fill(res) : [...res];
  if (dims.length !== inputDim) throw new Error(`grid needs ${inputDim} resolutions, got ${dims.length}`);
  for (const n of dims) if (!Number.isInteger(n) || n < 2) throw new Error(`bad grid resolution ${n}`);
  return dims;
}

/** World coordinates of the vertex with flat index idx (x fastest). */
export function gridPoint(box: GridBox, dims: readonly number[], idx: number): number[] {
  return dims.map((n, a) => {
    const i = idx % n;
    idx = Math.floor(idx / n);
    return box.lo[a] + i * ((box.hi[a] - box.lo[a]) / (n - 1));
  });
}

export function evaluateGrid(w: MlpWeights, box: GridBox, res: number | readonly number[], opts: GridOptions = {}): GridResult {
  const D = inputDimOf(w);
  if (D !== 2 && D !== 3) throw new Error(`grid evaluation needs 2 or 3 inputs, got ${D}`);
  const dims = gridDims(D, res);
  const score = opts.scoreWeights ?? defaultScoreWeights(outputDimOf(w));
  // Internal axes put the column (sweep) axis last; a 2-D grid gets a 1-point phantom axis first.
  const ax = D === 3 ? [0, 1, 2] : [-1, 0, 1];
  const g: GridAxes = {
    n: ax.map((a) => (a < 0 ? 1 : dims[a])) as GridAxes['n'],
    lo: ax.map((a) => (a < 0 ? 0 : box.lo[a])) as GridAxes['lo'],
    h: ax.map((a) => (a < 0 ? 0 : (box.hi[a] - box.lo[a]) / (dims[a] - 1))) as GridAxes['h'],
    input: ax as GridAxes['input'],
  };
  const kernel = makeColumnKernel(w, score, g);
  const values = new Float32Array(g.n[0] * g.n[1] * g.n[2]);
  if (opts.exact || !(opts.adaptive ?? !kernel.perColumn)) {
    let evaluated = 0;
    for (let i1 = 0; i1 < g.n[1]; i1++) for (let i0 = 0; i0 < g.n[0]; i0++) evaluated += kernel.column(i0, i1, 0, g.n[2] - 1, null, values);
    return { values, evaluated, dims, lipschitz: NaN };
  }
  const step = opts.step ?? 4;
  if (!Number.isInteger(step) || step < 1) throw new Error(`bad adaptive step ${step}`);
  const L = opts.lipschitz ?? lipschitzBound(w, score);
  const evaluated = evaluateAdaptive(kernel, g, step, L, values);
  return { values, evaluated, dims, lipschitz: L };
}
