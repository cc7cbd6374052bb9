/**
 * The contract between in-browser image training (the engine's image session) and whatever
 * trains the network (a tfjs backend with supplied kernels, or a hand-written trainer).
 * Types only: implementations live beside this file.
 *
 * Shapes: images are row-major Float32Array(batch × n), n = side², pixels in [0, 1];
 * labels are Int32Array(batch) in [0, numClasses). Logits are Float32Array(batch × numClasses).
 * Weights travel in the order and shapes of `buildClassifier(cfg).getWeights()`
 * (core/model/imageModels.ts), so a snapshot can be exported in tfjs layers format unchanged.
 */
import type { ClassifierConfig } from '../imageModels';
import type { Classifier } from '../classifier';

/** Optimiser settings of an image run, as for the toys (core/model/trainConfig.ts). */
export interface ImageTrainOptions {
  readonly optimizer: 'adam' | 'sgd';
  readonly learningRate: number;
  /** 0 = full batch is not offered for images; mini-batch size, e.g. 64. */
  readonly batchSize: number;
  /** Multiplies the default (Glorot-uniform) initial weights; 1 = the shipped recipe. */
  readonly initScale: number;
  /** Coupled L2 penalty (weightDecay/2)·|W|² added to the loss (kernels only, not biases). */
  readonly weightDecay: number;
  readonly seed: number;
}

/** One weight tensor of a snapshot, in `buildClassifier(cfg).getWeights()` order. */
export interface NamedTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** A copy of every trainable weight, transferable to the page (values' buffers). */
export interface ImageNetWeights {
  readonly config: ClassifierConfig;
  readonly tensors: readonly NamedTensor[];
}

/** Which implementation trains: a tfjs backend name, or 'js' for a hand-written trainer. */
export type ImageTrainerBackend = 'webgpu' | 'webgl' | 'wasm' | 'cpu' | 'js';

export interface ImageTrainer {
  readonly config: ClassifierConfig;
  readonly options: ImageTrainOptions;
  readonly backend: ImageTrainerBackend;
  /**
   * One optimiser step on a batch; returns the batch's mean cross-entropy (without the
   * weight-decay term). Throws on mismatched lengths.
   */
  step(images: Float32Array, labels: Int32Array): Promise<number>;
  /** Logits of `count` images, Float32Array(count × numClasses); no training-mode effects. */
  logits(images: Float32Array, count: number): Promise<Float32Array>;
  getWeights(): Promise<ImageNetWeights>;
  /** Replaces every weight (and resets the optimiser state); throws on a shape mismatch. */
  setWeights(w: ImageNetWeights): Promise<void>;
  dispose(): void;
}

/**
 * A frozen network as the attacks see it: synchronous logits and input gradients of one image
 * (core/model/classifier.ts), built from a snapshot so that training can go on meanwhile.
 */
export type ImageClassifierFactory = (w: ImageNetWeights) => Classifier;
