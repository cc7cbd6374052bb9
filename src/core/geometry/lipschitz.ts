import type { Activation, DenseLayer, MlpWeights } from '../model/mlpWeights';

/**
 * Global Lipschitz bounds of an MLP's score (a linear functional of its logits), used by the
 * adaptive grid evaluator to prove that a block holds no sign change. Every bound here is an
 * UPPER bound: an underestimate would let the evaluator skip a block the boundary crosses.
 */

/** Lipschitz constant of each hidden activation (sigmoid' <= 1/4; elu with alpha = 1). */
export function activationLipschitz(a: Activation): number {
  return a === 'sigmoid' ? 0.25 : 1;
}

/** Largest Gram dimension for which the certified bound is computed (cost ~ m^2 * M + 6 m^3). */
const MAX_GRAM = 128;
/** Squarings: lambda_max <= (trace or row-sum of G^(2^p))^(1/2^p), overestimate <= m^(1/64). */
const SQUARINGS = 6;

/**
 * Certified upper bound on the spectral norm of a rows x cols row-major matrix.
 * Power iteration converges from below, so instead we bound lambda_max of the Gram matrix G
 * by the trace / max row sum of G^(2^p) (both >= lambda_max(G)^(2^p) for symmetric PSD G).
 * Wide Grams fall back to the Frobenius norm (always an upper bound, looser by up to sqrt(rank)).
 */
export function spectralNormBound(W: ArrayLike<number>, rows: number, cols: number): number {
  let fro = 0;
  for (let i = 0; i < rows * cols; i++) fro += W[i] * W[i];
  const m = Math.min(rows, cols);
  if (fro === 0) return 0;
  if (m === 1) return Math.sqrt(fro);
  if (m > MAX_GRAM) return Math.sqrt(fro) * (1 + 1e-9);
  let G = new Float64Array(m * m);
  if (rows <= cols) {
    for (let a = 0; a < m; a++)
      for (let b = a; b < m; b++) {
        let s = 0;
        for (let j = 0; j < cols; j++) s += W[a * cols + j] * W[b * cols + j];
        G[a * m + b] = s;
        G[b * m + a] = s;
      }
  } else {
    for (let i = 0; i < rows; i++) {
      const r = i * cols;
      for (let a = 0; a < m; a++) {
        const wa = W[r + a];
        if (wa === 0) continue;
        for (let b = 0; b < m; b++) G[a * m + b] += wa * W[r + b];
      }
    }
  }
  // True G^(2^k) = exp(logScale) * G; renormalise by the trace each step to avoid overflow.
  let logScale = 0;
  let next = new Float64Array(m * m);
  for (let k = 0; k <= SQUARINGS; k++) {
    let tr = 0;
    for (let a = 0; a < m; a++) tr += G[a * m + a];
    if (!(tr > 0)) return Math.sqrt(fro);
    for (let i = 0; i < m * m; i++) G[i] /= tr;
    logScale += Math.log(tr);
    if (k === SQUARINGS) break;
    next.fill(0);
    for (let a = 0; a < m; a++)
      for (let c = 0; c < m; c++) {
        const g = G[a * m + c];
        if (g === 0) continue;
        for (let b = 0; b < m; b++) next[a * m + b] += g * G[c * m + b];
      }
    [G, next] = [next, G];
    logScale *= 2;
  }
  let rowMax = 0;
  for (let a = 0; a < m; a++) {
    let s = 0;
    for (let b = 0; b < m; b++) s += Math.abs(G[a * m + b]);
    rowMax = Math.max(rowMax, s);
  }
  // After normalisation trace(G) = 1; lambda_max(G_orig)^(2^p) <= exp(logScale) * min(1, rowMax).
  const lambda = Math.exp((logScale + Math.log(Math.min(1, rowMax))) / 2 ** SQUARINGS);
  // Margin covers rounding in the Gram and the squarings (relative ~1e-13).
  return Math.min(Math.sqrt(lambda) * (1 + 1e-9), Math.sqrt(fro));
}

/** The logit layer folded with the score weights: score = sum_k s_k * logit_k is one linear unit. */
export function scoreLayer(last: DenseLayer, score: ArrayLike<number>): DenseLayer {
  if (score.length !== last.outDim) throw new Error(`score weights need ${last.outDim} entries`);
  const W = new Float32Array(last.inDim);
  let b = 0;
  for (let k = 0; k < last.outDim; k++) b += score[k] * last.b[k];
  for (let i = 0; i < last.inDim; i++) {
    let s = 0;
    for (let k = 0; k < last.outDim; k++) s += score[k] * last.W[i * last.outDim + k];
    W[i] = s;
  }
  return { inDim: last.inDim, outDim: 1, W, b: Float32Array.of(b) };
}

/** Default score: the single logit, or logit 1 - logit 0 for two outputs. */
export function defaultScoreWeights(outDim: number): number[] {
  if (outDim === 1) return [1];
  if (outDim === 2) return [-1, 1];
  throw new Error('grid evaluation of more than two outputs needs explicit score weights');
}

/**
 * Path bound: |d score / d x_i| <= (|W1| |W2| ... |w_score|)_i * prod(activation Lipschitz), as
 * every activation here is monotone (derivative in [0, Lip]). Much tighter than the norm product
 * when large weights sit on a few units (a trained sheet), looser for dense random layers.
 */
function pathBound(layers: DenseLayer[], act: Activation): number {
  let g = Float64Array.from(layers[layers.length - 1].W, Math.abs);
  for (let li = layers.length - 2; li >= 0; li--) {
    const { inDim, outDim, W } = layers[li];
    const next = new Float64Array(inDim);
    for (let i = 0; i < inDim; i++) {
      let s = 0;
      for (let o = 0; o < outDim; o++) s += Math.abs(W[i * outDim + o]) * g[o];
      next[i] = s * activationLipschitz(act);
    }
    g = next;
  }
  return Math.hypot(...g) * (1 + 1e-9);
}

/**
 * Upper bound on the Lipschitz constant (Euclidean) of the score: the smaller of the product of
 * layer spectral norms (times activation Lipschitz constants) and the path bound.
 */
export function lipschitzBound(w: MlpWeights, score?: ArrayLike<number>): number {
  const L = w.layers.length;
  const last = w.layers[L - 1];
  const layers = [...w.layers.slice(0, L - 1), scoreLayer(last, score ?? defaultScoreWeights(last.outDim))];
  let product = 1;
  for (let li = 0; li < L; li++) {
    const l = layers[li];
    product *= spectralNormBound(l.W, l.inDim, l.outDim);
    if (li < L - 1) product *= activationLipschitz(w.activation);
  }
  return Math.min(product, pathBound(layers, w.activation));
}
