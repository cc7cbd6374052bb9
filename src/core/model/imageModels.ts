/**
 * Builders for the image-lab networks (docs/science.md §3): the MNIST-14 classifiers and the
 * autoencoders whose decoder Jacobian spans the tangent space of the image manifold.
 * Pure functions of a config, so Node (scripts/models/train.ts) and the browser build the
 * same networks; initial weights are seeded.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation, MlpWeights } from './mlpWeights';

/** Layer names the rest of the app relies on. */
export const LOGITS_LAYER = 'logits';
export const LATENT_LAYER = 'latent';
export const DECODER_PREFIX = 'dec_';

export interface MlpClassifierConfig {
  readonly kind: 'mlp';
  readonly inputDim: number;
  readonly hidden: readonly number[];
  readonly numClasses: number;
  readonly seed: number;
}

export interface CnnClassifierConfig {
  readonly kind: 'cnn';
  readonly side: number;
  /** Filters of the 3x3 conv layers; each is followed by 2x2 max-pooling. */
  readonly filters: readonly number[];
  readonly dense: number;
  readonly numClasses: number;
  readonly seed: number;
}

export type ClassifierConfig = MlpClassifierConfig | CnnClassifierConfig;

export interface AutoencoderConfig {
  readonly kind: 'autoencoder';
  readonly inputDim: number;
  readonly hidden: number;
  /** Latent size k (8, 16, 32 in the lab). */
  readonly k: number;
  readonly encoderActivation: 'elu' | 'softplus' | 'tanh';
  /** Smooth, so the decoder Jacobian dD/dz is continuous (no relu). */
  readonly decoderActivation: 'elu' | 'softplus' | 'tanh';
  readonly seed: number;
}

export type ImageModelConfig = ClassifierConfig | AutoencoderConfig;

export const DEFAULT_MLP: MlpClassifierConfig = { kind: 'mlp', inputDim: 196, hidden: [256, 256], numClasses: 10, seed: 1 };
export const DEFAULT_CNN: CnnClassifierConfig = { kind: 'cnn', side: 14, filters: [16, 32], dense: 64, numClasses: 10, seed: 2 };

export function autoencoderConfig(k: number, seed = 100 + k): AutoencoderConfig {
  return { kind: 'autoencoder', inputDim: 196, hidden: 128, k, encoderActivation: 'elu', decoderActivation: 'softplus', seed };
}

/** A one-line architecture string for manifests and the UI. */
export function architectureString(cfg: ImageModelConfig): string {
  switch (cfg.kind) {
    case 'mlp':
      return `MLP ${[cfg.inputDim, ...cfg.hidden, cfg.numClasses].join('-')} relu, softmax`;
    case 'cnn': {
      const convs = cfg.filters.map((f) => `conv3x3(${f}) relu, maxpool2`).join(', ');
      return `CNN ${cfg.side}x${cfg.side}x1: ${convs}, dense ${cfg.dense} relu, dense ${cfg.numClasses}, softmax`;
    }
    case 'autoencoder':
      return (
        `AE enc ${cfg.inputDim}-${cfg.hidden}-${cfg.k} (${cfg.encoderActivation}, linear latent), ` +
        `dec ${cfg.k}-${cfg.hidden}-${cfg.inputDim} (${cfg.decoderActivation}, sigmoid)`
      );
  }
}

const kernel = (seed: number) => tf.initializers.glorotUniform({ seed });

/** Classifier: linear `logits` layer then a softmax layer (trained with categorical cross-entropy). */
export function buildClassifier(cfg: ClassifierConfig): tf.Sequential {
  const model = tf.sequential({ name: cfg.kind === 'mlp' ? 'mlp_classifier' : 'cnn_classifier' });
  let s = cfg.seed * 1000;
  if (cfg.kind === 'mlp') {
    cfg.hidden.forEach((units, i) => {
      model.add(
        tf.layers.dense({
          units,
          activation: 'relu',
          kernelInitializer: kernel(s++),
          name: `dense_${i + 1}`,
          ...(i === 0 ? { inputShape: [cfg.inputDim] } : {}),
        }),
      );
    });
  } else {
    model.add(tf.layers.reshape({ targetShape: [cfg.side, cfg.side, 1], inputShape: [cfg.side * cfg.side], name: 'to_image' }));
    cfg.filters.forEach((filters, i) => {
      model.add(
        tf.layers.conv2d({
          filters,
          kernelSize: 3,
          padding: 'same',
          activation: 'relu',
          kernelInitializer: kernel(s++),
          name: `conv_${i + 1}`,
        }),
      );
      model.add(tf.layers.maxPooling2d({ poolSize: 2, name: `pool_${i + 1}` }));
    });
    model.add(tf.layers.flatten({ name: 'flatten' }));
    model.add(tf.layers.dense({ units: cfg.dense, activation: 'relu', kernelInitializer: kernel(s++), name: 'dense_1' }));
  }
  model.add(tf.layers.dense({ units: cfg.numClasses, activation: 'linear', kernelInitializer: kernel(s++), name: LOGITS_LAYER }));
  model.add(tf.layers.activation({ activation: 'softmax', name: 'probs' }));
  return model;
}

/** Autoencoder x -> z (layer `latent`) -> reconstruction in [0, 1]; decoder layers are named dec_*. */
export function buildAutoencoder(cfg: AutoencoderConfig): tf.Sequential {
  const s = cfg.seed * 1000;
  return tf.sequential({
    name: `autoencoder_k${cfg.k}`,
    layers: [
      tf.layers.dense({
        units: cfg.hidden,
        activation: cfg.encoderActivation,
        inputShape: [cfg.inputDim],
        kernelInitializer: kernel(s),
        name: 'enc_hidden',
      }),
      tf.layers.dense({ units: cfg.k, activation: 'linear', kernelInitializer: kernel(s + 1), name: LATENT_LAYER }),
      tf.layers.dense({
        units: cfg.hidden,
        activation: cfg.decoderActivation,
        kernelInitializer: kernel(s + 2),
        name: `${DECODER_PREFIX}hidden`,
      }),
      tf.layers.dense({ units: cfg.inputDim, activation: 'sigmoid', kernelInitializer: kernel(s + 3), name: `${DECODER_PREFIX}out` }),
    ],
  });
}

export function buildImageModel(cfg: ImageModelConfig): tf.Sequential {
  return cfg.kind === 'autoencoder' ? buildAutoencoder(cfg) : buildClassifier(cfg);
}

/** The classifier's input -> logits sub-model (shares weights; dispose only the parent). */
export function logitsModel(classifier: tf.LayersModel): tf.LayersModel {
  return tf.model({ inputs: classifier.inputs, outputs: classifier.getLayer(LOGITS_LAYER).output as tf.SymbolicTensor });
}

/**
 * Encoder E: x -> z and decoder D: z -> x of an autoencoder, sharing its weights (the tangent
 * space at x is the column span of dD/dz at z = E(x), docs/science.md §3).
 */
export function splitAutoencoder(ae: tf.LayersModel): { encoder: tf.LayersModel; decoder: tf.LayersModel; k: number } {
  const latent = ae.getLayer(LATENT_LAYER);
  const encoder = tf.model({ inputs: ae.inputs, outputs: latent.output as tf.SymbolicTensor });
  const k = (latent.outputShape as number[])[1];
  const z = tf.input({ shape: [k], name: 'z' });
  let h: tf.SymbolicTensor = z;
  for (const layer of ae.layers.slice(ae.layers.indexOf(latent) + 1)) h = layer.apply(h) as tf.SymbolicTensor;
  return { encoder, decoder: tf.model({ inputs: z, outputs: h }), k };
}

/**
 * The MLP classifier's Dense layers as a plain weight snapshot for jsMlp (fast per-point
 * logits and input gradients for attacks); the softmax layer is dropped, logits stay linear.
 */
export function mlpWeightsFromModel(model: tf.LayersModel): MlpWeights {
  const dense = model.layers.filter((l) => l.getClassName() === 'Dense');
  if (dense.length !== model.layers.length - 1 || model.layers[model.layers.length - 1].name !== 'probs') {
    throw new Error('mlpWeightsFromModel: expected Dense layers followed by the softmax layer');
  }
  const act = (dense[0].getConfig().activation as string) ?? 'relu';
  const layers = dense.map((l) => {
    const [W, b] = l.getWeights();
    return { inDim: W.size / b.size, outDim: b.size, W: Float32Array.from(W.dataSync()), b: Float32Array.from(b.dataSync()) };
  });
  return { layers, activation: act as Activation };
}
