import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { marginGradient } from '../../core/experiments/experimentA';
import { chooseProbe, gradientProbe, imageOf } from '../../core/experiments/trainingProbe';
import { randomFrame } from '../../core/geometry/decoderTangent';
import { predictClass } from '../../core/model/classifier';
import { imageClassifier } from '../../core/model/image/imageClassifier';
import { initialParameters, toNamedTensors, weightLayout } from '../../core/model/image/imageWeightLayout';
import type { ImageNetWeights } from '../../core/model/image/imageTrainer';
import { DEFAULT_CNN, DEFAULT_MLP } from '../../core/model/imageModels';
import { createRng } from '../../core/rng';
import { batchMarginGradients } from './batchMarginGradient';
import { gatherSubset, gradientMetricsOf } from './metricPass';

/** A seeded snapshot with non-zero biases (every term of the backward pass is exercised). */
function snapshot(cfg: typeof DEFAULT_MLP | typeof DEFAULT_CNN): ImageNetWeights {
  const specs = weightLayout(cfg);
  const theta = initialParameters(specs, 1.5, 7);
  const r = createRng(9);
  for (const s of specs) if (s.role === 'bias') for (let i = 0; i < s.size; i++) theta[s.offset + i] = r.uniform(-0.1, 0.1);
  return { config: cfg, tensors: toNamedTensors(specs, theta) };
}
const COUNT = 12;
const r = createRng(3);
const src = {
  images: Float32Array.from({ length: 40 * 196 }, () => r.next()),
  labels: Int32Array.from({ length: 40 }, (_, i) => i % 10),
  n: 196,
  count: 40,
};
const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.each([
  ['MLP', DEFAULT_MLP],
  ['CNN', DEFAULT_CNN],
] as const)('batched margin gradients, %s', (_, cfg) => {
  const w = snapshot(cfg);
  const clf = imageClassifier(w);

  it('equal the plain-JS margin gradient of every image, in one call, leaving no tensor', async () => {
    const before = tf.memory().numTensors;
    const { pred, grads } = await batchMarginGradients(w, src.images.slice(0, COUNT * 196), COUNT);
    expect(tf.memory().numTensors).toBe(before);
    for (let b = 0; b < COUNT; b++) {
      const x = imageOf(src, b);
      const y = predictClass(clf.logits(x));
      expect(pred[b]).toBe(y);
      const ref = marginGradient(clf, x, y);
      const got = grads.subarray(b * 196, (b + 1) * 196);
      const err = norm(ref.map((v, i) => v - got[i]));
      expect(err).toBeLessThan(1e-4 * norm(ref));
    }
  });

  it('ρ_g and its null from batched gradients equal the per-digit plain-JS computation', async () => {
    const probe = chooseProbe(src.count, 20, 0, 5);
    const Q = Array.from(probe.gradient, (i) => randomFrame(16, 196, createRng(100 + i)));
    const before = tf.memory().numTensors;
    const got = await gradientMetricsOf(w, gatherSubset(src, probe.gradient), probe, Q);
    expect(tf.memory().numTensors).toBe(before);
    const ref = gradientProbe(clf, src, probe.gradient, Q);
    expect(got.rhoGrad.count).toBe(20);
    expect(got.rhoGrad.mean).toBeCloseTo(ref.stat.mean!, 5);
    expect(got.rhoGrad.median).toBeCloseTo(ref.stat.median!, 5);
    for (const k of ['mean', 'lo', 'hi', 'support', 'count'] as const) expect(got.gradNull[k]).toBeCloseTo(ref.supportNull[k], 4);
  });

  it('refuses images that do not match the count', async () => {
    await expect(batchMarginGradients(w, new Float32Array(100), 3)).rejects.toThrow(/do not make 3 images/);
  });
});
