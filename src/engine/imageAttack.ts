/**
 * One attack on one digit, shown as the paper's row (docs/science.md §3 Exp. A):
 * x | δ | P_T δ | P_N δ | x+δ | x+P_T δ | x+P_N δ, with the classifier's prediction and
 * confidence on every image and the norm of every perturbation. P_T is the decoder-Jacobian
 * tangent space at x; the on/off-manifold attacks get the same projector. The sums x+P_T δ
 * and x+P_N δ are classified as they are (not clipped), so the decomposition stays exact.
 */
import { norm2 as norm } from '../core/linalg';
import { runAttack } from '../core/attacks/registry';
import type { AttackResult } from '../core/attacks/types';
import { nullRho } from '../core/geometry/nullModel';
import { decompose, projectNormal, projectTangent } from '../core/geometry/projector';
import { supportMatchedNull } from '../core/geometry/supportMatchedNull';
import { projectorFromBasis } from '../core/geometry/decoderTangent';
import { predictClass, probabilities } from '../core/model/classifier';
import { createRng } from '../core/rng';
import { startImage, type ImageLab } from './imageLab';
import type { ImageAttackRequest, ImageAttackResult, ImagePanel, PanelKey } from './imageTypes';

export interface ImageAttackRun {
  result: ImageAttackResult;
  /** Kept in the worker for the 3-D slice. */
  x0: Float64Array;
  delta: Float64Array;
  Q: Float64Array[];
  trajectory: Float64Array[];
}

export function attackImage(lab: ImageLab, req: ImageAttackRequest, seed: number, shouldStop?: () => boolean): ImageAttackRun {
  const t0 = performance.now();
  const { x0, index, label } = startImage(lab, req.index, req.pixels);
  const frame = lab.frameAt(x0);
  const clf = lab.classifier;
  const originalClass = predictClass(clf.logits(x0));
  const res: AttackResult = runAttack(
    req.attackId,
    {
      model: clf,
      x0,
      label: originalClass,
      lo: 0,
      hi: 1,
      target: req.target,
      trueLabel: label ?? undefined,
      rng: createRng(seed),
      projector: projectorFromBasis(frame.Q),
      shouldStop,
    },
    req.params,
  );
  const delta = res.final.map((v, i) => v - x0[i]);
  const pt = projectTangent(frame.Q, delta);
  const pn = projectNormal(frame.Q, delta);
  const dec = decompose(frame.Q, delta);
  const image = (key: PanelKey, title: string, add: Float64Array | null): ImagePanel => {
    const x = add ? x0.map((v, i) => v + add[i]) : x0;
    const p = probabilities(clf.logits(x));
    const pred = predictClass(p);
    return { key, title, kind: 'image', pixels: Float32Array.from(x), norm: add ? norm(add) : 0, pred, confidence: p[pred] };
  };
  const diff = (key: PanelKey, title: string, d: Float64Array): ImagePanel => ({
    key,
    title,
    kind: 'diff',
    pixels: Float32Array.from(d),
    norm: norm(d),
    pred: null,
    confidence: null,
  });
  const panels = [
    image('x', 'x', null),
    diff('delta', 'δ', delta),
    diff('tangent', 'P_T δ', pt),
    diff('normal', 'P_N δ', pn),
    image('adv', 'x + δ', delta),
    image('advTangent', 'x + P_T δ', pt),
    image('advNormal', 'x + P_N δ', pn),
  ];
  let linf = 0;
  for (const d of delta) linf = Math.max(linf, Math.abs(d));
  let se = 0;
  for (let i = 0; i < x0.length; i++) se += (frame.recon[i] - x0[i]) ** 2;
  const nul = frame.rank >= 1 && frame.rank < x0.length ? nullRho(frame.rank, x0.length) : null;
  const sm = delta.some((v) => v !== 0) ? supportMatchedNull(delta, frame.Q, { draws: 1000, seed }) : null;
  const result: ImageAttackResult = {
    attackId: req.attackId,
    index,
    label,
    originalClass,
    finalClass: res.finalClass,
    success: res.success,
    start: res.start,
    flipStep: res.flipStep,
    steps: res.steps,
    l2: norm(delta),
    linf,
    rho: dec.rho,
    angleDeg: dec.angleDeg,
    rank: frame.rank,
    nullMean: nul?.mean ?? NaN,
    nullLo: nul?.lo ?? NaN,
    nullHi: nul?.hi ?? NaN,
    supportNull: sm && { mean: sm.mean, lo: sm.lo, hi: sm.hi, support: sm.support },
    reconMse: se / x0.length,
    panels,
    elapsedMs: performance.now() - t0,
  };
  return { result, x0, delta, Q: frame.Q, trajectory: res.trajectory };
}
