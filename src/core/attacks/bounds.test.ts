// Projection bounds of docs/science.md §8: |delta|_inf <= eps, |delta|_2 <= eps (1 + 1e-6), iterates in [lo, hi].
import { describe, expect, it } from 'vitest';
import { norm2, normInf, sub } from '../linalg';
import { createRng } from '../rng';
import { runAttack } from './registry';
import { randomMlp, randomPoints } from './test/helpers';
import type { AttackName, AttackResult } from './types';

const models = { binary: randomMlp(11, [6, 12, 1]), multiclass: randomMlp(12, [6, 12, 4]) };
const points = randomPoints(13, 6, 6, 0, 1);
const lo = [0, 0, 0, 0, 0, -0.5];
const hi = [1, 1, 1, 1, 1, 0.5];
const x0s = points.map((p) => p.map((v, i) => Math.min(hi[i], Math.max(lo[i], v))));

function inBox(r: AttackResult): boolean {
  return r.trajectory.every((x) => x.every((v, i) => v >= lo[i] && v <= hi[i])) && r.final.every((v, i) => v >= lo[i] && v <= hi[i]);
}

describe.each(Object.entries(models))('%s model', (_kind, model) => {
  const cases: [AttackName, 'Linf' | 'L2' | null, number][] = [
    ['fgsm', 'Linf', 0.2],
    ['pgdLinf', 'Linf', 0.2],
    ['fgm', 'L2', 0.6],
    ['pgdL2', 'L2', 0.6],
    ['deepFool', null, 0],
    ['cwL2', null, 0],
  ];
  it.each(cases)('%s keeps iterates in the box and the perturbation in the eps-ball', (id, norm, eps) => {
    x0s.forEach((x0, k) => {
      const label = model.outputs === 1 ? (model.logits(x0)[0] > 0 ? 1 : 0) : 0;
      for (const target of [undefined, model.outputs === 1 ? 1 - label : 2]) {
        const params = id === 'cwL2' ? { steps: 200, binarySearchSteps: 4 } : norm ? { eps } : {};
        const r = runAttack(id, { model, x0, label, target, lo, hi, rng: createRng(k) }, params);
        expect(inBox(r)).toBe(true);
        for (const x of r.trajectory) {
          const d = sub(x, x0);
          if (norm === 'Linf') expect(normInf(d)).toBeLessThanOrEqual(eps + 1e-12);
          if (norm === 'L2') expect(norm2(d)).toBeLessThanOrEqual(eps * (1 + 1e-6));
        }
      }
    });
  });
});
