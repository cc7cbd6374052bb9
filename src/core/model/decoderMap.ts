/**
 * A stack of Dense layers with one activation per layer, as plain typed arrays: the encoder
 * E and decoder D of the image-lab autoencoders (docs/science.md §3). The decoder's Jacobian
 * J = dD/dz is computed by forward mode: the k tangent vectors e_1..e_k are pushed through
 * the layers together (k <= 32 columns, widths <= 196: ~0.4 Mflop, far cheaper than k tfjs
 * backward passes). Kernel layout as tfjs Dense: W is inDim x outDim, row-major.
 */
import { activate, activateDerivative, type Activation, type DenseLayer } from './mlpWeights';

export interface StackLayer extends DenseLayer {
  readonly activation: Activation;
}

export interface DenseStack {
  readonly layers: readonly StackLayer[];
}

export const stackInputDim = (s: DenseStack): number => s.layers[0].inDim;
export const stackOutputDim = (s: DenseStack): number => s.layers[s.layers.length - 1].outDim;

/** u = W^T h + b for one layer. */
function affine(l: StackLayer, h: ArrayLike<number>): Float64Array {
  const u = new Float64Array(l.outDim);
  for (let j = 0; j < l.outDim; j++) u[j] = l.b[j];
  for (let i = 0; i < l.inDim; i++) {
    const hi = h[i];
    if (hi === 0) continue;
    const row = i * l.outDim;
    for (let j = 0; j < l.outDim; j++) u[j] += hi * l.W[row + j];
  }
  return u;
}

/** Output of the stack at x. */
export function stackForward(s: DenseStack, x: ArrayLike<number>): Float64Array {
  if (x.length !== stackInputDim(s)) throw new Error(`stackForward: input length ${x.length}, expected ${stackInputDim(s)}`);
  let h: Float64Array = Float64Array.from(x);
  for (const l of s.layers) {
    const u = affine(l, h);
    for (let j = 0; j < u.length; j++) u[j] = activate(l.activation, u[j]);
    h = u;
  }
  return h;
}

export interface StackJacobian {
  /** The output y = s(x). */
  readonly y: Float64Array;
  /** Columns of dy/dx: cols[c] = dy/dx_c (length outDim), one per input coordinate. */
  readonly cols: Float64Array[];
}

/** y and the full Jacobian dy/dx by forward-mode differentiation. */
export function stackJacobian(s: DenseStack, x: ArrayLike<number>): StackJacobian {
  const k = stackInputDim(s);
  if (x.length !== k) throw new Error(`stackJacobian: input length ${x.length}, expected ${k}`);
  let h: Float64Array = Float64Array.from(x);
  // T[c] = dh/dx_c, starting from the identity.
  let T: Float64Array[] = Array.from({ length: k }, (_, c) => {
    const e = new Float64Array(k);
    e[c] = 1;
    return e;
  });
  for (const l of s.layers) {
    const u = affine(l, h);
    const slope = new Float64Array(l.outDim);
    for (let j = 0; j < l.outDim; j++) {
      slope[j] = activateDerivative(l.activation, u[j]);
      u[j] = activate(l.activation, u[j]);
    }
    T = T.map((t) => {
      const v = new Float64Array(l.outDim);
      for (let i = 0; i < l.inDim; i++) {
        const ti = t[i];
        if (ti === 0) continue;
        const row = i * l.outDim;
        for (let j = 0; j < l.outDim; j++) v[j] += ti * l.W[row + j];
      }
      for (let j = 0; j < l.outDim; j++) v[j] *= slope[j];
      return v;
    });
    h = u;
  }
  return { y: h, cols: T };
}
