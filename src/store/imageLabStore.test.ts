import { describe, expect, it } from 'vitest';
import { firstCorrectIndex } from './imageLabStore';

describe('firstCorrectIndex', () => {
  it('skips misclassified leading digits', () => {
    // Test image 0 of MNIST-14 is label 3 predicted 7 with the shipped classifier.
    expect(firstCorrectIndex({ labels: Int32Array.of(3, 1, 4), preds: Int32Array.of(7, 1, 4) })).toBe(1);
    expect(firstCorrectIndex({ labels: Int32Array.of(3, 5, 4), preds: Int32Array.of(7, 6, 4) })).toBe(2);
  });
  it('keeps image 0 when it is right, and falls back to 0 when none is', () => {
    expect(firstCorrectIndex({ labels: Int32Array.of(2, 1), preds: Int32Array.of(2, 0) })).toBe(0);
    expect(firstCorrectIndex({ labels: Int32Array.of(2, 1), preds: Int32Array.of(0, 0) })).toBe(0);
    expect(firstCorrectIndex({ labels: new Int32Array(0), preds: new Int32Array(0) })).toBe(0);
  });
});
