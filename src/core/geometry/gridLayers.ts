import type { Activation, DenseLayer } from '../model/mlpWeights';

/** Dense-layer helpers shared by the grid kernels (Float64 scratch, no allocation per call). */

export function activateInPlace(a: Activation, u: Float64Array, n: number): void {
  switch (a) {
    case 'relu':
      for (let j = 0; j < n; j++) if (u[j] < 0) u[j] = 0;
      break;
    case 'tanh':
      for (let j = 0; j < n; j++) u[j] = Math.tanh(u[j]);
      break;
    case 'elu':
      for (let j = 0; j < n; j++) if (u[j] < 0) u[j] = Math.expm1(u[j]);
      break;
    case 'softplus':
      for (let j = 0; j < n; j++) u[j] = u[j] > 30 ? u[j] : Math.log1p(Math.exp(u[j]));
      break;
    case 'sigmoid':
      for (let j = 0; j < n; j++) u[j] = 1 / (1 + Math.exp(-u[j]));
      break;
    case 'linear':
      break;
  }
}

/**
 * Forward pass through `layers` (the last one a single score unit) from activations h; hidden
 * layers use `act`. Weight rows are contiguous (W is inDim x outDim), so each input is an axpy,
 * and a zero input (a dead ReLU unit) skips its whole row. A class, not a closure: V8 inlines a
 * method shared by all instances, but deoptimises when a fresh closure replaces the call target.
 */
export class Tail {
  private readonly bufs: Float64Array[];
  constructor(
    private readonly layers: DenseLayer[],
    private readonly act: Activation,
  ) {
    this.bufs = layers.map((l) => new Float64Array(l.outDim));
  }

  forward(h: Float64Array): number {
    const last = this.layers.length - 1;
    let x = h;
    for (let t = 0; t < last; t++) {
      const { inDim, outDim, W, b } = this.layers[t];
      const u = this.bufs[t];
      u.set(b);
      for (let j = 0; j < inDim; j++) {
        const hj = x[j];
        if (hj === 0) continue;
        const row = j * outDim;
        for (let o = 0; o < outDim; o++) u[o] += hj * W[row + o];
      }
      activateInPlace(this.act, u, outDim);
      x = u;
    }
    const { inDim, W, b } = this.layers[last];
    let s = b[0];
    for (let j = 0; j < inDim; j++) s += x[j] * W[j];
    return s;
  }
}
