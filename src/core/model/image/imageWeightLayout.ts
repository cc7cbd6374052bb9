/**
 * The trainable tensors of an image classifier in `buildClassifier(cfg).getWeights()` order,
 * names and shapes (tfjs layers: Dense kernel [in, out], Conv2D kernel [3, 3, cin, cout], NHWC),
 * and their seeded Glorot-uniform initial values. The trainers keep these tensors back to back
 * in one flat parameter vector; `offset` is a tensor's first index in it.
 */
import type { ClassifierConfig } from '../imageModels';
import { LOGITS_LAYER } from '../imageModels';
import { createRng } from '../../rng';
import type { ImageNetWeights, NamedTensor } from './imageTrainer';

export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly size: number;
  readonly offset: number;
  /** Kernels get weight decay and Glorot init; biases start at zero. */
  readonly role: 'kernel' | 'bias';
  readonly fanIn: number;
  readonly fanOut: number;
}

/** Side of the feature map after each conv + 2x2 'valid' max-pool (14 -> 7 -> 3). */
export function pooledSides(side: number, convs: number): number[] {
  const out: number[] = [];
  for (let i = 0, s = side; i < convs; i++) out.push((s = Math.floor(s / 2)));
  return out;
}

/** Input width of the first dense layer: flattened NHWC features (a CNN) or pixels (an MLP). */
export function denseInputDim(cfg: ClassifierConfig): number {
  if (cfg.kind === 'mlp') return cfg.inputDim;
  const s = pooledSides(cfg.side, cfg.filters.length).at(-1) ?? cfg.side;
  return s * s * (cfg.filters.at(-1) ?? 1);
}

/** Dense widths after the convolutions: [in, hidden..., numClasses]. */
export function denseDims(cfg: ClassifierConfig): number[] {
  return cfg.kind === 'mlp' ? [cfg.inputDim, ...cfg.hidden, cfg.numClasses] : [denseInputDim(cfg), cfg.dense, cfg.numClasses];
}

export function weightLayout(cfg: ClassifierConfig): WeightSpec[] {
  const specs: WeightSpec[] = [];
  let offset = 0;
  const add = (layer: string, kernelShape: number[], fanIn: number, fanOut: number) => {
    const k = kernelShape.reduce((a, b) => a * b, 1);
    const units = kernelShape.at(-1)!;
    specs.push({ name: `${layer}/kernel`, shape: kernelShape, size: k, offset, role: 'kernel', fanIn, fanOut });
    offset += k;
    specs.push({ name: `${layer}/bias`, shape: [units], size: units, offset, role: 'bias', fanIn, fanOut });
    offset += units;
  };
  if (cfg.kind === 'cnn') {
    let cin = 1;
    cfg.filters.forEach((f, i) => {
      add(`conv_${i + 1}`, [3, 3, cin, f], 9 * cin, 9 * f);
      cin = f;
    });
  }
  const dims = denseDims(cfg);
  for (let l = 0; l + 1 < dims.length; l++) {
    const name = l + 2 === dims.length ? LOGITS_LAYER : `dense_${l + 1}`;
    add(name, [dims[l], dims[l + 1]], dims[l], dims[l + 1]);
  }
  return specs;
}

export function parameterCount(specs: readonly WeightSpec[]): number {
  const last = specs.at(-1);
  return last ? last.offset + last.size : 0;
}

/**
 * Glorot-uniform kernels U(±sqrt(6 / (fanIn + fanOut))) times `initScale`, zero biases, as
 * tf.initializers.glorotUniform + zeros do (Glorot & Bengio 2010); drawn from our seeded RNG
 * so every backend and the JS classifiers start from the same numbers.
 */
export function initialParameters(specs: readonly WeightSpec[], initScale: number, seed: number): Float32Array {
  const theta = new Float32Array(parameterCount(specs));
  const rng = createRng(seed * 7927 + 5);
  for (const s of specs) {
    if (s.role !== 'kernel') continue;
    const limit = initScale * Math.sqrt(6 / (s.fanIn + s.fanOut));
    for (let i = 0; i < s.size; i++) theta[s.offset + i] = rng.uniform(-limit, limit);
  }
  return theta;
}

/** Flat parameters -> the snapshot the page and the exporters read (copies). */
export function toNamedTensors(specs: readonly WeightSpec[], theta: Float32Array): NamedTensor[] {
  return specs.map((s) => ({ name: s.name, shape: [...s.shape], values: theta.slice(s.offset, s.offset + s.size) }));
}

/** A snapshot -> flat parameters; throws naming the first tensor whose shape differs. */
export function fromNamedTensors(specs: readonly WeightSpec[], w: ImageNetWeights): Float32Array {
  if (w.tensors.length !== specs.length) {
    throw new Error(`weights: expected ${specs.length} tensors (${specs.map((s) => s.name).join(', ')}), got ${w.tensors.length}`);
  }
  const theta = new Float32Array(parameterCount(specs));
  specs.forEach((s, i) => {
    const t = w.tensors[i];
    if (t.shape.length !== s.shape.length || t.shape.some((d, j) => d !== s.shape[j]) || t.values.length !== s.size) {
      throw new Error(`weights: tensor ${i} (${t.name}) has shape [${t.shape.join(', ')}], expected ${s.name} [${s.shape.join(', ')}]`);
    }
    theta.set(t.values, s.offset);
  });
  return theta;
}
