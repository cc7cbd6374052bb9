import { describe, expect, it } from 'vitest';
import type { Classifier } from '../core/model/classifier';
import { slicePoint } from './slicePointProbe';

const n = 9;
const rand = (seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 12.9898 + i * 78.233) * 0.5);

/** A linear 3-class network z = W x + c, its logits in float64. */
const W = [rand(1), rand(2), rand(3)];
const bias = [0.1, -0.2, 0.05];
const linear: Classifier = {
  inputDim: n,
  numClasses: 3,
  outputs: 3,
  logits: (x) => Float64Array.from(W, (w, j) => w.reduce((s, wi, i) => s + wi * x[i], bias[j])),
  inputGradient: () => {
    throw new Error('not used');
  },
} as Classifier;

describe('the image at a slice point', () => {
  const x0 = rand(4);
  const axes = [rand(5), rand(6), rand(7)];
  const coords = [0.7, -1.3, 0.25];

  it('is x0 + Σ c_a·axes[a], and its logits, class and margin are the network’s there', () => {
    const r = slicePoint(linear, { x0, axes, coords, cls: 1 });
    const expected = Array.from(x0, (v, q) => v + coords[0] * axes[0][q] + coords[1] * axes[1][q] + coords[2] * axes[2][q]);
    r.pixels.forEach((p, q) => expect(p).toBeCloseTo(expected[q], 6));
    const z = linear.logits(r.pixels);
    r.logits!.forEach((v, j) => expect(v).toBeCloseTo(z[j], 6));
    const best = z.indexOf(Math.max(...z));
    expect(r.predicted).toBe(best);
    expect(r.margin).toBeCloseTo(z[1] - Math.max(z[0], z[2]), 6);
    expect(r.missing).toBeNull();
  });

  it('gives the image alone, saying why, without a network', () => {
    const r = slicePoint(null, { x0, axes: axes.slice(0, 2), coords: [0, 0], cls: 0 }, 'a run loaded from a file keeps no networks');
    expect(Array.from(r.pixels)).toEqual(Array.from(x0));
    expect(r.logits).toBeNull();
    expect(r.missing).toContain('file');
  });

  it('refuses mismatched shapes and non-finite coordinates with a message', () => {
    expect(() => slicePoint(linear, { x0, axes, coords: [1, 2], cls: 0 })).toThrow(/3 axes but 2 coordinates/);
    expect(() => slicePoint(linear, { x0, axes: [rand(1).subarray(0, 4)], coords: [1], cls: 0 })).toThrow(/axis has 4 pixels/);
    expect(() => slicePoint(linear, { x0, axes: [axes[0]], coords: [NaN], cls: 0 })).toThrow(/finite/);
  });
});
