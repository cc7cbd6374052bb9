/**
 * Seeded mini-batch training and evaluation of the image-lab models, shared by the offline
 * script (scripts/models/train.ts) and in-browser training. Batches come from our own seeded
 * permutation (model.fit shuffles with Math.random), so a seed gives the same run on a backend.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng, type Rng } from '../rng';

/** Images row-major count x n in [0, 1]; labels only for classifiers. */
export interface ImageBatchSource {
  readonly images: Float32Array;
  readonly labels?: Int32Array;
  readonly count: number;
  readonly n: number;
  readonly numClasses?: number;
}

export interface FitOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Final learning rate as a fraction of the initial one (cosine decay); 1 = constant. */
  readonly finalLrFraction?: number;
  readonly seed: number;
  /** In-place augmentation of one batch (row-major batch x n), e.g. random sub-pixel shifts. */
  readonly augment?: (batch: Float32Array, rows: number, rng: Rng) => void;
  readonly onEpoch?: (epoch: number, loss: number) => void | Promise<void>;
  readonly shouldStop?: () => boolean;
}

function permutation(count: number, rng: Rng): Int32Array {
  const p = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/**
 * Trains a classifier (categorical cross-entropy on its softmax output) or an autoencoder
 * (MSE to its input). Returns the mean training loss of each epoch.
 */
export async function fitImageModel(
  model: tf.LayersModel,
  data: ImageBatchSource,
  task: 'classify' | 'reconstruct',
  opts: FitOptions,
): Promise<number[]> {
  if (task === 'classify' && (!data.labels || !data.numClasses)) throw new Error('fitImageModel: classify needs labels and numClasses');
  const optimizer = tf.train.adam(opts.learningRate);
  model.compile({ optimizer, loss: task === 'classify' ? 'categoricalCrossentropy' : 'meanSquaredError' });
  const rng = createRng(opts.seed);
  const { n, count, batchSize } = opts.batchSize > 0 ? { ...data, batchSize: opts.batchSize } : { ...data, batchSize: 64 };
  const xb = new Float32Array(batchSize * n);
  const losses: number[] = [];
  const stepsPerEpoch = Math.ceil(count / batchSize);
  const totalSteps = stepsPerEpoch * opts.epochs;
  const lrEnd = opts.finalLrFraction ?? 1;
  let step = 0;
  try {
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const perm = permutation(count, rng);
      let lossSum = 0;
      for (let start = 0; start < count; start += batchSize) {
        if (opts.shouldStop?.()) return losses;
        const rows = Math.min(batchSize, count - start);
        for (let r = 0; r < rows; r++) xb.set(data.images.subarray(perm[start + r] * n, (perm[start + r] + 1) * n), r * n);
        const xs = xb.subarray(0, rows * n);
        const target = task === 'reconstruct' ? Float32Array.from(xs) : undefined;
        opts.augment?.(xs, rows, rng);
        const lr = opts.learningRate * (lrEnd + (1 - lrEnd) * 0.5 * (1 + Math.cos((Math.PI * step) / totalSteps)));
        (optimizer as unknown as { learningRate: number }).learningRate = lr;
        const x = tf.tensor2d(xs, [rows, n]);
        const y =
          task === 'reconstruct'
            ? tf.tensor2d(target!, [rows, n])
            : tf.tidy(() =>
                tf.oneHot(
                  tf.tensor1d(
                    Array.from(perm.subarray(start, start + rows), (i) => data.labels![i]),
                    'int32',
                  ),
                  data.numClasses!,
                ),
              );
        const loss = await model.trainOnBatch(x, y);
        tf.dispose([x, y]);
        lossSum += (Array.isArray(loss) ? loss[0] : loss) * rows;
        step++;
      }
      losses.push(lossSum / count);
      await opts.onEpoch?.(epoch, lossSum / count);
    }
  } finally {
    optimizer.dispose();
  }
  return losses;
}

/** Runs `fn` over the data in chunks, each inside tf.tidy; `fn` copies what it needs to the host. */
function forChunks(data: ImageBatchSource, chunk: number, fn: (x: tf.Tensor2D, start: number) => void): void {
  for (let start = 0; start < data.count; start += chunk) {
    const rows = Math.min(chunk, data.count - start);
    tf.tidy(() => fn(tf.tensor2d(data.images.subarray(start * data.n, (start + rows) * data.n), [rows, data.n]), start));
  }
}

/** Test accuracy and the predicted class of every image. */
export function evaluateClassifier(
  model: tf.LayersModel,
  data: ImageBatchSource,
  chunk = 500,
): { accuracy: number; predictions: Int32Array } {
  if (!data.labels) throw new Error('evaluateClassifier: labels are required');
  const predictions = new Int32Array(data.count);
  forChunks(data, chunk, (x, start) => {
    predictions.set((model.predict(x) as tf.Tensor).argMax(-1).dataSync() as Int32Array, start);
  });
  let correct = 0;
  for (let i = 0; i < data.count; i++) if (predictions[i] === data.labels[i]) correct++;
  return { accuracy: correct / data.count, predictions };
}

/** Mean squared reconstruction error per pixel (intensities in [0, 1]) over the whole set. */
export function reconstructionMse(ae: tf.LayersModel, data: ImageBatchSource, chunk = 500): number {
  let sum = 0;
  forChunks(data, chunk, (x) => {
    sum += tf.sum(tf.squaredDifference(ae.predict(x) as tf.Tensor, x)).dataSync()[0];
  });
  return sum / (data.count * data.n);
}

export interface AffineJitter {
  /** Largest translation per axis, pixels. */
  readonly maxShift: number;
  /** Largest rotation, degrees. */
  readonly maxRotateDeg: number;
  /** Largest relative change of scale (0.1 = 90 %..110 %). */
  readonly maxScale: number;
}

/**
 * Augmentation for 14x14 digits: a random small affine map (shift, rotation, scale about the
 * centre) with bilinear resampling and zero padding; a sub-pixel shift at 14x14 is a 2-pixel-scale
 * shift at 28x28. Lifts the MLP from ~96.5 % to > 97 % test accuracy on 8,000 training digits.
 */
export function randomAffine(side: number, j: AffineJitter): (batch: Float32Array, rows: number, rng: Rng) => void {
  const n = side * side;
  const tmp = new Float32Array(n);
  const ctr = (side - 1) / 2;
  const at = (img: Float32Array, r: number, c: number) => (r < 0 || c < 0 || r >= side || c >= side ? 0 : img[r * side + c]);
  return (batch, rows, rng) => {
    for (let b = 0; b < rows; b++) {
      const img = batch.subarray(b * n, (b + 1) * n);
      const dy = rng.uniform(-j.maxShift, j.maxShift);
      const dx = rng.uniform(-j.maxShift, j.maxShift);
      const th = (rng.uniform(-j.maxRotateDeg, j.maxRotateDeg) * Math.PI) / 180;
      const s = 1 + rng.uniform(-j.maxScale, j.maxScale);
      // Inverse map: source = R(-th) (out - ctr - d) / s + ctr.
      const cs = Math.cos(th) / s,
        sn = Math.sin(th) / s;
      for (let r = 0; r < side; r++) {
        for (let c = 0; c < side; c++) {
          const u = r - ctr - dy,
            v = c - ctr - dx;
          const sr = cs * u + sn * v + ctr,
            sc = -sn * u + cs * v + ctr;
          const r0 = Math.floor(sr),
            c0 = Math.floor(sc);
          const wy = sr - r0,
            wx = sc - c0;
          tmp[r * side + c] =
            (1 - wy) * ((1 - wx) * at(img, r0, c0) + wx * at(img, r0, c0 + 1)) +
            wy * ((1 - wx) * at(img, r0 + 1, c0) + wx * at(img, r0 + 1, c0 + 1));
        }
      }
      img.set(tmp);
    }
  };
}
