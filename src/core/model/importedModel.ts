/**
 * A user's tfjs layers model as the lab's Classifier (classifier.ts): any architecture tfjs
 * can differentiate, run per image through tf.tidy, with input gradients from tf.grad. The app
 * works from logits, so a final softmax (an Activation/Softmax layer, or a softmax activation
 * on the last layer) is removed; margins and rankings are those of the logits (the softmax is
 * monotone). Weights are checked for finiteness and the input/output shapes against the data
 * set before the model is returned; on any error nothing stays on the tfjs backend.
 */
import * as tf from '@tensorflow/tfjs';
import type { Classifier } from './classifier';
import type { ModelArtifacts } from './importedModelFiles';

export interface ImportedClassifier extends Classifier {
  readonly name: string;
  readonly sha256: string;
  /** The model's input shape without the batch axis, e.g. [196] or [14, 14, 1]. */
  readonly inputShape: number[];
  /** How a final softmax was removed, or null when the model already ended in logits. */
  readonly strippedSoftmax: 'layer' | 'activation' | null;
  /** Layer classes in order, e.g. "Conv2D, MaxPooling2D, Flatten, Dense". */
  readonly architecture: string;
  /** Logits of `count` images (count x n pixels, row-major), count x outputs. */
  batchLogits(images: Float32Array, count: number): Float32Array;
  /** Frees the model's tensors; the classifier is unusable afterwards. */
  dispose(): void;
}

export interface ImportExpectation {
  /** Pixels per image (196 for 14x14, 784 for 28x28). */
  readonly n: number;
  readonly side: number;
  readonly numClasses: number;
}

/** `build()` with `model` disposed if it throws, so a failed import leaves no tensors behind. */
export function disposedOnError<T>(model: { dispose(): void }, build: () => T): T {
  try {
    return build();
  } catch (e) {
    model.dispose();
    throw e;
  }
}

/** Checks every weight for NaN/Infinity before a model is built from them. */
export function checkFinite(a: ModelArtifacts): void {
  const named = tf.io.decodeWeights(a.weightData, a.weightSpecs);
  try {
    for (const spec of a.weightSpecs) {
      const t = named[spec.name];
      if (!t || t.dtype !== 'float32') continue;
      const v = t.dataSync();
      let bad = 0,
        first = -1;
      for (let i = 0; i < v.length; i++) {
        if (Number.isFinite(v[i])) continue;
        if (bad++ === 0) first = i;
      }
      if (bad)
        throw new Error(
          `weight ${spec.name} [${spec.shape.join(', ')}] has ${bad} non-finite value${bad > 1 ? 's' : ''} (NaN or ±Infinity; first at flat index ${first}): the model diverged or the file is damaged`,
        );
    }
  } finally {
    tf.dispose(Object.values(named));
  }
}

const load = (a: ModelArtifacts, topology: object) =>
  tf.loadLayersModel(tf.io.fromMemory({ modelTopology: topology, weightSpecs: a.weightSpecs, weightData: a.weightData }));

const isSoftmaxLayer = (l: tf.layers.Layer) =>
  l.getClassName() === 'Softmax' || (l.getClassName() === 'Activation' && l.getConfig().activation === 'softmax');

/** Sets activation "linear" on the layer named `name` anywhere in a topology (a deep copy). */
function linearised(topology: object, name: string): object {
  const copy = structuredClone(topology) as Record<string, unknown>;
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (!node || typeof node !== 'object') return false;
    const o = node as Record<string, unknown>;
    const cfg = o.config as Record<string, unknown> | undefined;
    if (typeof o.class_name === 'string' && cfg && cfg.name === name && cfg.activation === 'softmax') {
      cfg.activation = 'linear';
      return true;
    }
    return Object.values(o).some(visit);
  };
  if (!visit(copy)) throw new Error(`the softmax of layer ${name} could not be removed from the topology`);
  return copy;
}

/** The model with any final softmax removed (the loaded parent is returned for disposal). */
async function logitsNet(
  a: ModelArtifacts,
): Promise<{ parent: tf.LayersModel; net: tf.LayersModel; stripped: ImportedClassifier['strippedSoftmax'] }> {
  const parent = await load(a, a.modelTopology);
  if (parent.inputs.length !== 1 || parent.outputs.length !== 1) {
    parent.dispose();
    throw new Error(
      `the model has ${parent.inputs.length} inputs and ${parent.outputs.length} outputs; a classifier needs one image input and one logits output`,
    );
  }
  const out = parent.outputs[0];
  const last = out.sourceLayer as tf.layers.Layer;
  if (isSoftmaxLayer(last)) {
    const pre = out.inputs[0];
    return { parent, net: tf.model({ inputs: parent.inputs, outputs: pre }), stripped: 'layer' };
  }
  if (last.getConfig().activation === 'softmax') {
    parent.dispose();
    const relinked = await load(a, linearised(a.modelTopology, last.name));
    return { parent: relinked, net: relinked, stripped: 'activation' };
  }
  return { parent, net: parent, stripped: null };
}

function checkShapes(net: tf.LayersModel, want: ImportExpectation): { inputShape: number[]; outputs: number } {
  const shape = net.inputs[0].shape.slice(1);
  const shown = `[${net.inputs[0].shape.map((d) => d ?? 'null').join(', ')}]`;
  if (shape.some((d) => d === null))
    throw new Error(`the model's input shape ${shown} has free dimensions; it needs a fixed image size (${want.n} pixels)`);
  const size = (shape as number[]).reduce((p, d) => p * d, 1);
  if (size !== want.n) {
    throw new Error(
      `the model takes ${shown} = ${size} values per image, but the lab's images are ${want.side}×${want.side} = ${want.n} pixels (expected e.g. [null, ${want.n}] or [null, ${want.side}, ${want.side}, 1])`,
    );
  }
  const outShape = net.outputs[0].shape.slice(1);
  const outputs = (outShape as number[]).reduce((p, d) => p * (d ?? NaN), 1);
  if (outShape.length !== 1 || outputs !== want.numClasses) {
    throw new Error(
      `the model outputs [${net.outputs[0].shape.map((d) => d ?? 'null').join(', ')}] per batch, but the data set has ${want.numClasses} classes (expected [null, ${want.numClasses}] logits or probabilities)`,
    );
  }
  return { inputShape: shape as number[], outputs };
}

/** Builds, checks and wraps an imported classifier; throws (disposing everything) on any problem. */
export async function importClassifier(a: ModelArtifacts, want: ImportExpectation): Promise<ImportedClassifier> {
  checkFinite(a);
  const { parent, net, stripped } = await logitsNet(a);
  return disposedOnError(parent, () => {
    const { inputShape, outputs } = checkShapes(net, want);
    return wrap(a, parent, net, stripped, inputShape, outputs, want);
  });
}

function wrap(
  a: ModelArtifacts,
  parent: tf.LayersModel,
  net: tf.LayersModel,
  stripped: ImportedClassifier['strippedSoftmax'],
  inputShape: number[],
  outputs: number,
  want: ImportExpectation,
): ImportedClassifier {
  const n = want.n;
  const check = (x: ArrayLike<number>) => {
    if (x.length !== n) throw new Error(`imported classifier: image of ${x.length} pixels, expected ${n}`);
  };
  const apply = (t: tf.Tensor) => net.apply(t, { training: false }) as tf.Tensor;
  return {
    name: a.name,
    sha256: a.sha256,
    inputShape,
    strippedSoftmax: stripped,
    architecture: net.layers
      .map((l) => l.getClassName())
      .filter((c) => c !== 'InputLayer')
      .join(', '),
    inputDim: n,
    numClasses: want.numClasses,
    outputs,
    logits(x) {
      check(x);
      return Float64Array.from(tf.tidy(() => apply(tf.tensor(Float32Array.from(x), [1, ...inputShape])).dataSync() as Float32Array));
    },
    inputGradient(x, cot) {
      check(x);
      if (cot.length !== outputs) throw new Error(`imported classifier: cotangent of length ${cot.length}, expected ${outputs}`);
      return Float64Array.from(
        tf.tidy(() => {
          const c = tf.tensor2d(Float32Array.from(cot), [1, outputs]);
          const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(apply(t), c)))(tf.tensor(Float32Array.from(x), [1, ...inputShape]));
          return g.dataSync() as Float32Array;
        }),
      );
    },
    batchLogits(images, count) {
      const out = new Float32Array(count * outputs);
      const chunk = 512;
      for (let s = 0; s < count; s += chunk) {
        const m = Math.min(chunk, count - s);
        const part = tf.tidy(() => apply(tf.tensor(images.subarray(s * n, (s + m) * n), [m, ...inputShape])).dataSync());
        out.set(part as Float32Array, s * outputs);
      }
      return out;
    },
    dispose: () => parent.dispose(),
  };
}
