import type { Classifier } from './classifier';
import { LastInput } from './lastInput';
import { activate, activateDerivative, inputDimOf, outputDimOf, type MlpWeights } from './mlpWeights';

export interface MlpClassifierOptions {
  /**
   * The weights never change while the classifier lives (a snapshot): a call on the same input as
   * the last forward pass reuses it (lastInput.ts), which halves an early-stop PGD step.
   */
  readonly frozen?: boolean;
}

/**
 * Plain-JS forward pass and input-gradient of an MLP snapshot, one point at a time.
 * Attacks and boundary metrics call this thousands of times with n <= 196 and widths <= 400,
 * where a tfjs dispatch (tens of microseconds per op, async reads on GPU backends) costs more
 * than the arithmetic itself; see bench/results.md.
 */
export function mlpClassifier(w: MlpWeights, numClasses?: number, opts: MlpClassifierOptions = {}): Classifier {
  const outputs = outputDimOf(w);
  const inputDim = inputDimOf(w);
  const L = w.layers.length;
  // Scratch buffers for pre-activations, reused between calls.
  const pre = w.layers.map((l) => new Float64Array(l.outDim));
  const last = opts.frozen ? new LastInput() : null;

  /** The forward pass, leaving its pre-activations in `pre` (skipped when x is the last input of a frozen net). */
  function forward(x: ArrayLike<number>): Float64Array {
    if (last?.matches(x)) return Float64Array.from(pre[L - 1]);
    let h: ArrayLike<number> = x;
    for (let li = 0; li < L; li++) {
      const { inDim, outDim, W, b } = w.layers[li];
      const u = pre[li];
      for (let j = 0; j < outDim; j++) u[j] = b[j];
      for (let i = 0; i < inDim; i++) {
        const hi = h[i];
        if (hi === 0) continue;
        const row = i * outDim;
        for (let j = 0; j < outDim; j++) u[j] += hi * W[row + j];
      }
      if (li < L - 1) {
        const a = new Float64Array(outDim);
        for (let j = 0; j < outDim; j++) a[j] = activate(w.activation, u[j]);
        h = a;
      } else {
        h = u;
      }
    }
    last?.remember(x);
    return Float64Array.from(h as Float64Array);
  }

  /** forward() with every operation rounded to float32 (Math.fround), like a float32 backend. */
  function forward32(x: ArrayLike<number>): Float64Array {
    const f = Math.fround;
    let h = Float64Array.from(x, f);
    for (let li = 0; li < L; li++) {
      const { inDim, outDim, W, b } = w.layers[li];
      const u = Float64Array.from(b);
      for (let i = 0; i < inDim; i++) {
        const row = i * outDim;
        for (let j = 0; j < outDim; j++) u[j] = f(u[j] + f(h[i] * W[row + j]));
      }
      h = li < L - 1 ? u.map((v) => f(activate(w.activation, v))) : u;
    }
    return h;
  }

  return {
    inputDim,
    outputs,
    numClasses: numClasses ?? (outputs === 1 ? 2 : outputs),
    logits: forward,
    logitsFloat32: forward32,
    inputGradient(x, cot) {
      if (!last?.matches(x)) forward(x);
      let g = Float64Array.from(cot);
      for (let li = L - 1; li >= 0; li--) {
        const { inDim, outDim, W } = w.layers[li];
        if (li < L - 1) {
          const u = pre[li];
          for (let j = 0; j < outDim; j++) g[j] *= activateDerivative(w.activation, u[j]);
        }
        const gin = new Float64Array(inDim);
        for (let i = 0; i < inDim; i++) {
          const row = i * outDim;
          let s = 0;
          for (let j = 0; j < outDim; j++) s += W[row + j] * g[j];
          gin[i] = s;
        }
        g = gin;
      }
      return g;
    },
  };
}
