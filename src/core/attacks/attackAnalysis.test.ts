// The attack readout on the plane toy in R^3 (tangent span{e_x, e_y}).
import { describe, expect, it } from 'vitest';
import { createPlane3d } from '../datasets/plane3d';
import { linearBinary, randomMlp } from './test/helpers';
import { nullRho } from '../geometry/nullModel';
import { analyzeAttack, crossingPoint, nullSummary } from './attackAnalysis';
import { runAndAnalyze, type AttackModel } from './attackRun';

const plane = createPlane3d();
// f = 3x + 4y + 12z − 12.8: −5 at (0.2, 0.3, 0.5), so the model's class there is 0.
const linear: AttackModel = { model: linearBinary([3, 4, 12], -12.8), manifold: plane };
const mlp: AttackModel = { model: randomMlp(7, [3, 24, 1]), manifold: plane };
const x0 = [0.2, 0.3, 0.5];
const MODELS = [
  ['linear', linear],
  ['random MLP', mlp],
] as const;

describe('analyzeAttack on the plane toy', () => {
  it.each(MODELS)('%s: on-manifold PGD has ρ = 1 and no normal part', (_name, m) => {
    const { readout: r } = runAndAnalyze(m, x0, 'pgdOnManifold', { eps: 0.5 });
    expect(r.l2).toBeGreaterThan(0.01);
    expect(r.rho).toBeCloseTo(1, 12);
    expect(r.normalNorm).toBeLessThan(1e-12);
    expect(r.angleDeg).toBeLessThan(1e-9);
    expect(Array.from(r.normalPart).every((v) => Math.abs(v) < 1e-7)).toBe(true);
  });

  it.each(MODELS)('%s: off-manifold PGD has ρ = 0 and the normal part is all of δ', (_name, m) => {
    const { readout: r } = runAndAnalyze(m, x0, 'pgdOffManifold', { eps: 0.5 });
    expect(r.l2).toBeGreaterThan(0.01);
    expect(r.rho).toBeLessThan(1e-12);
    expect(r.angleDeg).toBeCloseTo(90, 9);
    expect(r.normalNorm).toBeCloseTo(r.l2, 12);
    expect(r.tangentPart[0]).toBe(0);
    expect(r.tangentPart[1]).toBe(0);
  });

  it('DeepFool on the linear model: known distance, crossing on f = 0, flipped prediction', () => {
    const { readout: r, result } = runAndAnalyze(linear, x0, 'deepFool', { overshoot: 0 });
    // Distance to the hyperplane: |f| / |∇f| = 5 / 13, along the gradient (3, 4, 12) / 13.
    expect(r.success).toBe(true);
    expect(r.flipStep).toBe(1);
    expect(r.l2).toBeCloseTo(5 / 13, 6);
    expect(r.linf).toBeCloseTo((5 / 13) * (12 / 13), 6);
    expect(r.rho).toBeCloseTo(25 / 169, 6); // |P_T g|² / |g|² = (9 + 16) / 169
    const c = r.crossing!;
    expect(3 * c[0] + 4 * c[1] + 12 * c[2] - 12.8).toBeCloseTo(0, 4);
    expect([r.originalClass, r.finalClass]).toEqual([0, 1]);
    expect(r.originalConfidence).toBeCloseTo(1 / (1 + Math.exp(-5)), 9);
    expect(r.finalConfidence).toBeGreaterThanOrEqual(0.5);
    // x0, the one DeepFool step, and the line search's end point when it was closer than the step.
    expect(r.trajectory.length).toBe(3 * (r.steps + 1 + (result.extra?.lineSearch ?? 0)));
    // P_T δ + P_N δ = δ, and the null is Beta(1, 1/2) for k = 2, n = 3.
    for (let i = 0; i < 3; i++) expect(r.tangentPart[i] + r.normalPart[i]).toBeCloseTo(r.final[i] - r.x0[i], 6);
    expect(r.nullRho.mean).toBeCloseTo(2 / 3, 12);
    expect(r.nullRho.lo).toBeCloseTo(nullRho(2, 3).lo, 12);
  });

  it('has no crossing when nothing flipped', () => {
    const { result } = runAndAnalyze(linear, x0, 'fgsm', { eps: 0.01 });
    expect(result.success).toBe(false);
    expect(crossingPoint(result, linear.model)).toBeNull();
    expect(analyzeAttack(result, linear.model, plane.tangentBasis(x0)).crossing).toBeNull();
  });

  it('gives a NaN null where k is not a proper subspace dimension', () => {
    expect(nullSummary(3, 3).mean).toBeNaN();
    expect(nullSummary(2, 3).sd).toBeCloseTo(Math.sqrt((2 * 2 * 1) / (9 * 5)), 12);
  });
});
