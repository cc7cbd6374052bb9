import { describe, expect, it } from 'vitest';
import { predictClass } from '../model/classifier';
import { ATTACKS, runAttack } from './registry';
import { affineMulticlass, planeManifold, planeProjector } from './test/helpers';
import type { AttackContext, AttackName } from './types';

// Three affine classes in R^3; class 0 at x0, class 1 nearer than class 2 (the targeted runs aim at 2).
const model = affineMulticlass(
  [
    [0, 0, 0],
    [2, 1, 0.5],
    [-1, 2, 1],
  ],
  [0, -1, -1.5],
);
const x0 = [0.2, 0.1, 0.5];
const base: AttackContext = { model, x0, label: 0, lo: -3, hi: 3, projector: planeProjector, manifold: planeManifold() };
const strong: Record<AttackName, Record<string, number | boolean>> = {
  fgsm: { eps: 1.5 },
  fgm: { eps: 2 },
  pgdLinf: { eps: 1.5 },
  pgdL2: { eps: 2 },
  deepFool: {},
  cwL2: {},
  pgdOnManifold: { eps: 2 },
  pgdOffManifold: { eps: 3 },
  exactManifold: { steps: 400 },
};

describe('registry', () => {
  it('lists each attack once with defaults of the right kind', () => {
    const ids = ATTACKS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Object.keys(strong));
    for (const a of ATTACKS) for (const p of a.params) expect(typeof p.default).toBe(p.kind === 'boolean' ? 'boolean' : 'number');
  });
  it.each(ATTACKS.map((a) => a.id))('%s: untargeted and targeted runs succeed and stream every iterate', (id) => {
    expect(predictClass(model.logits(x0))).toBe(0);
    for (const target of [undefined, 2]) {
      const seen: number[] = [];
      const r = runAttack(id, { ...base, target, onStep: (_x, s) => seen.push(s) }, strong[id]);
      expect(r.name).toBe(id);
      expect(r.success).toBe(true);
      if (target !== undefined) expect(r.finalClass).toBe(2);
      expect(r.flipStep).not.toBeNull();
      expect(r.trajectory[0]).toEqual(Float64Array.from(x0));
      if (id !== 'cwL2') expect(seen).toEqual(r.trajectory.map((_, i) => i));
      else expect(seen.length).toBeGreaterThan(1);
    }
  });
  it('shouldStop cancels at once and says so', () => {
    for (const { id } of ATTACKS) {
      const r = runAttack(id, { ...base, shouldStop: () => true }, strong[id]);
      expect(r.extra?.cancelled).toBe(1);
      expect(r.steps).toBe(0);
    }
  });
  it('rejects unknown or mistyped parameters and missing geometry', () => {
    expect(() => runAttack('pgdL2', base, { epsilon: 1 })).toThrow(/no parameter/);
    expect(() => runAttack('pgdL2', base, { randomStart: 1 })).toThrow(/wrong type/);
    expect(() => runAttack('exactManifold', { ...base, manifold: undefined })).toThrow(/manifold/);
  });
});
