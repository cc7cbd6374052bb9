/**
 * INTERIM: a plain tfjs-layers implementation of the ImageTrainer contract, used until the
 * dedicated trainer (core/model/image/, fast kernels and backend choice) is merged; then
 * trainerSource.ts switches to it and this file goes. It trains on whatever tfjs backend is
 * active; a CNN needs a backend with conv gradients (cpu has them, wasm 4.22 does not).
 */
import * as tf from '@tensorflow/tfjs';
import { buildClassifier, logitsModel, type ClassifierConfig } from '../../core/model/imageModels';
import type { ImageNetWeights, ImageTrainer, ImageTrainerBackend, ImageTrainOptions } from '../../core/model/image/imageTrainer';

const CHUNK = 512;

export function interimTfjsTrainer(config: ClassifierConfig, options: ImageTrainOptions): ImageTrainer {
  const cfg = { ...config, seed: options.seed } as ClassifierConfig;
  const model = buildClassifier(cfg);
  const logitsNet = logitsModel(model);
  const numClasses = cfg.numClasses;
  const n = cfg.kind === 'mlp' ? cfg.inputDim : cfg.side * cfg.side;
  const vars = model.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val);
  const kernels = vars.filter((v) => v.shape.length > 1);
  if (options.initScale !== 1) tf.tidy(() => vars.forEach((v) => v.assign(v.mul(options.initScale))));
  let optimizer: tf.Optimizer = makeOptimizer(options);

  return {
    config: cfg,
    options,
    backend: tf.getBackend() as ImageTrainerBackend,
    async step(images, labels) {
      const rows = labels.length;
      if (images.length !== rows * n) throw new Error(`step: ${images.length} pixels for ${rows} labels of ${n}`);
      const lossT = tf.tidy(() => {
        const x = tf.tensor2d(images, [rows, n]);
        const y = tf.oneHot(tf.tensor1d(labels, 'int32'), numClasses);
        let ce: tf.Scalar | null = null;
        optimizer.minimize(() => {
          const z = logitsNet.apply(x, { training: true }) as tf.Tensor2D;
          ce = tf.keep(tf.losses.softmaxCrossEntropy(y, z) as tf.Scalar);
          // minimize() disposes the cost it is handed: give it a copy, keep ce for the caller.
          if (options.weightDecay <= 0) return (ce as tf.Scalar).clone();
          const l2 = tf.addN(kernels.map((k) => tf.sum(tf.square(k))));
          return tf.add(ce as tf.Scalar, tf.mul(options.weightDecay / 2, l2)) as tf.Scalar;
        }, false, vars);
        return ce as unknown as tf.Scalar;
      });
      const v = (await lossT.data())[0];
      lossT.dispose();
      return v;
    },
    async logits(images, count) {
      const out = new Float32Array(count * numClasses);
      for (let s = 0; s < count; s += CHUNK) {
        const rows = Math.min(CHUNK, count - s);
        const t = tf.tidy(() => logitsNet.predict(tf.tensor2d(images.subarray(s * n, (s + rows) * n), [rows, n])) as tf.Tensor);
        out.set(await t.data() as Float32Array, s * numClasses);
        t.dispose();
      }
      return out;
    },
    async getWeights(): Promise<ImageNetWeights> {
      const tensors = await Promise.all(model.weights.map(async (w, i) => ({
        name: w.name, shape: [...w.shape] as number[], values: Float32Array.from(await vars[i].data() as Float32Array),
      })));
      return { config: cfg, tensors };
    },
    async setWeights(w) {
      if (w.tensors.length !== vars.length) throw new Error(`setWeights: ${w.tensors.length} tensors, the network has ${vars.length}`);
      w.tensors.forEach((t, i) => {
        if (t.shape.join('x') !== vars[i].shape.join('x')) throw new Error(`setWeights: ${t.name} is ${t.shape.join('x')}, expected ${vars[i].shape.join('x')}`);
      });
      tf.tidy(() => w.tensors.forEach((t, i) => vars[i].assign(tf.tensor(t.values, t.shape as number[]))));
      optimizer.dispose();
      optimizer = makeOptimizer(options);
    },
    dispose() {
      optimizer.dispose();
      model.dispose();
    },
  };
}

function makeOptimizer(o: ImageTrainOptions): tf.Optimizer {
  return o.optimizer === 'adam' ? tf.train.adam(o.learningRate) : tf.train.sgd(o.learningRate);
}
