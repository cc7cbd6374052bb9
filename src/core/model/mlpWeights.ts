/**
 * A snapshot of an MLP's weights as plain typed arrays: what the trainer exports after a step,
 * what grid evaluation, metrics and attacks read, and what travels to the page (transferable).
 * Kernel layout matches tfjs Dense: W is inDim x outDim, row-major (W[i * outDim + j]).
 * Hidden layers use `activation`; the last layer is linear (logits).
 */
/** Nonlinearities a hidden layer may use (the settings offer exactly these). */
export const HIDDEN_ACTIVATIONS = ['relu', 'tanh', 'elu', 'softplus', 'sigmoid'] as const;
/** Every activation a Dense layer of ours may carry ('linear' for logits and linear decoders). */
export const ACTIVATIONS = [...HIDDEN_ACTIVATIONS, 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export function isActivation(a: string): a is Activation {
  return (ACTIVATIONS as readonly string[]).includes(a);
}

export interface DenseLayer {
  readonly inDim: number;
  readonly outDim: number;
  readonly W: Float32Array;
  readonly b: Float32Array;
}

export interface MlpWeights {
  readonly layers: DenseLayer[];
  readonly activation: Activation;
}

export function inputDimOf(w: MlpWeights): number {
  return w.layers[0].inDim;
}

export function outputDimOf(w: MlpWeights): number {
  return w.layers[w.layers.length - 1].outDim;
}

export function cloneWeights(w: MlpWeights): MlpWeights {
  return {
    activation: w.activation,
    layers: w.layers.map((l) => ({ inDim: l.inDim, outDim: l.outDim, W: l.W.slice(), b: l.b.slice() })),
  };
}

export function weightsFinite(w: MlpWeights): boolean {
  for (const l of w.layers) {
    for (let i = 0; i < l.W.length; i++) if (!Number.isFinite(l.W[i])) return false;
    for (let i = 0; i < l.b.length; i++) if (!Number.isFinite(l.b[i])) return false;
  }
  return true;
}

/** Activation and its derivative expressed through the pre-activation u. */
export function activate(a: Activation, u: number): number {
  switch (a) {
    case 'relu':
      return u > 0 ? u : 0;
    case 'tanh':
      return Math.tanh(u);
    case 'elu':
      return u > 0 ? u : Math.expm1(u);
    case 'softplus':
      return u > 30 ? u : Math.log1p(Math.exp(u));
    case 'sigmoid':
      return 1 / (1 + Math.exp(-u));
    case 'linear':
      return u;
  }
}

export function activateDerivative(a: Activation, u: number): number {
  switch (a) {
    case 'relu':
      return u > 0 ? 1 : 0;
    case 'tanh': {
      const t = Math.tanh(u);
      return 1 - t * t;
    }
    case 'elu':
      return u > 0 ? 1 : Math.exp(u);
    case 'softplus':
      return 1 / (1 + Math.exp(-u));
    case 'sigmoid': {
      const s = 1 / (1 + Math.exp(-u));
      return s * (1 - s);
    }
    case 'linear':
      return 1;
  }
}
