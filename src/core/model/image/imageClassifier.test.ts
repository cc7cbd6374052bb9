import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_CNN, DEFAULT_MLP, buildClassifier, logitsModel } from '../imageModels';
import { imageClassifier } from './imageClassifier';
import { initialParameters, toNamedTensors, weightLayout } from './imageWeightLayout';
import type { ImageNetWeights } from './imageTrainer';
import { createRng } from '../../rng';

/** A seeded snapshot with non-zero biases, so every term of the backward pass is exercised. */
function snapshot(cfg: typeof DEFAULT_MLP | typeof DEFAULT_CNN): ImageNetWeights {
  const specs = weightLayout(cfg);
  const theta = initialParameters(specs, 1.5, 7);
  const r = createRng(9);
  for (const s of specs) if (s.role === 'bias') for (let i = 0; i < s.size; i++) theta[s.offset + i] = r.uniform(-0.1, 0.1);
  return { config: cfg, tensors: toNamedTensors(specs, theta) };
}
const image = (seed: number) => {
  const r = createRng(seed);
  return Float64Array.from({ length: 196 }, () => r.next());
};

describe.each([
  ['MLP', DEFAULT_MLP],
  ['CNN', DEFAULT_CNN],
] as const)('imageClassifier, %s', (_, cfg) => {
  const w = snapshot(cfg);
  const clf = imageClassifier(w);

  it('logits equal the tfjs layers model built from the same snapshot', async () => {
    await tf.setBackend('cpu');
    const x = image(1);
    const ref = tf.tidy(() => {
      const m = buildClassifier(cfg);
      m.setWeights(w.tensors.map((t) => tf.tensor(t.values, t.shape as number[])));
      const z = (logitsModel(m).predict(tf.tensor2d(Float32Array.from(x), [1, 196])) as tf.Tensor).dataSync().slice();
      m.dispose();
      return z;
    });
    const z = clf.logits(x);
    expect(z.length).toBe(10);
    z.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 4));
  });

  it('input gradients equal central differences', () => {
    const cot = Float64Array.from({ length: 10 }, (_, j) => (j % 3) - 1 + 0.1 * j);
    for (const seed of [2, 3]) {
      const x = image(seed);
      const g = clf.inputGradient(x, cot);
      const f = (y: Float64Array) => clf.logits(y).reduce((s, v, j) => s + v * cot[j], 0);
      const h = 1e-5;
      for (const i of [0, 15, 50, 97, 120, 180, 195]) {
        const xp = x.slice();
        const xm = x.slice();
        xp[i] += h;
        xm[i] -= h;
        expect(g[i]).toBeCloseTo((f(xp) - f(xm)) / (2 * h), 5);
      }
    }
  });

  it('reusing the last forward pass (a PGD step: class, logits, gradient of one x) changes no number', () => {
    // A fresh classifier per call has nothing to reuse: the reference.
    const fresh = () => imageClassifier(w);
    const cot = Float64Array.from({ length: 10 }, (_, j) => (j === 2 ? 1 : j === 5 ? -1 : 0));
    const a = image(4);
    const b = image(5);
    const calls: [string, Float64Array][] = [
      ['logits', a],
      ['logits', a],
      ['grad', a],
      ['grad', b],
      ['logits', b],
      ['grad', a],
    ];
    for (const [kind, x] of calls) {
      const got = kind === 'logits' ? clf.logits(x) : clf.inputGradient(x, cot);
      expect(got).toEqual(kind === 'logits' ? fresh().logits(x) : fresh().inputGradient(x, cot));
    }
    // The same array, changed in place after a call, is a new input.
    const c = image(6);
    clf.logits(c);
    c[40] += 0.5;
    expect(clf.logits(c)).toEqual(fresh().logits(c));
    expect(clf.inputGradient(c, cot)).toEqual(fresh().inputGradient(c, cot));
  });

  it('rejects a wrong-length image with a clear message', () => {
    expect(() => clf.logits(new Float64Array(10))).toThrow(/196|pixels|length/);
  });
});
