import { describe, expect, it } from 'vitest';
import { attackObjective, crossEntropy, crossEntropyCotangent } from './loss';
import { linearBinary, randomMlp } from './test/helpers';

describe('cross-entropy', () => {
  it('binary: softplus(z) - y z, derivative sigma(z) - y', () => {
    expect(crossEntropy([0], 1)).toBeCloseTo(Math.log(2), 12);
    expect(crossEntropy([2], 0)).toBeCloseTo(Math.log(1 + Math.exp(2)), 12);
    expect(crossEntropy([-800], 0)).toBeCloseTo(0, 12); // stable for large |z|
    expect(crossEntropy([800], 0)).toBeCloseTo(800, 9);
    expect(crossEntropyCotangent([0], 1)[0]).toBeCloseTo(-0.5, 12);
  });
  it('multiclass: logsumexp - z_y, cotangent softmax - onehot', () => {
    const z = [1, 2, 3];
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    expect(crossEntropy(z, 0)).toBeCloseTo(lse - 1, 12);
    const c = crossEntropyCotangent(z, 2);
    expect(c[2]).toBeCloseTo(Math.exp(3 - lse) - 1, 12);
    expect(c.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
  });
  it('gradient w.r.t. x matches central finite differences (untargeted and targeted)', () => {
    const model = randomMlp(3, [4, 8, 3]);
    const x = Array.from({ length: 4 }, (_, i) => 0.1 * i - 0.2);
    for (const target of [undefined, 1]) {
      const { loss, grad } = attackObjective(model, x, 0, target);
      const sign = target === undefined ? 1 : -1;
      const y = target ?? 0;
      expect(loss).toBeCloseTo(sign * crossEntropy(model.logits(x), y), 12);
      for (let i = 0; i < 4; i++) {
        const h = 1e-5;
        const xp = x.slice();
        const xm = x.slice();
        xp[i] += h;
        xm[i] -= h;
        const fd = (sign * (crossEntropy(model.logits(xp), y) - crossEntropy(model.logits(xm), y))) / (2 * h);
        expect(grad[i]).toBeCloseTo(fd, 6);
      }
    }
  });
  it('falls back to the margin gradient when the CE gradient underflows', () => {
    const model = linearBinary([3, 4], -5000);
    const { grad } = attackObjective(model, [0, 0], 0);
    expect(grad[0]).toBeGreaterThan(0); // still points towards the boundary
    expect(grad[1] / grad[0]).toBeCloseTo(4 / 3, 12);
  });
});
