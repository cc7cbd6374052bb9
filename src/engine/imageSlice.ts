/**
 * A 3-D window into image space: the affine slice through x spanned by the two
 * leading tangent directions of the AE manifold (largest singular values of dD/dz) and a third
 * direction, either the attack's own (δ minus its part in the first two, so x + δ lies in the
 * slice) or the steepest normal one (P_N of the margin gradient). The classifier's margin of
 * x's class is sampled there and its zero level extracted by marching cubes (docs/science.md §3).
 */
import { marginCotangent } from '../core/attacks/loss';
import { orthonormalize } from '../core/geometry/orthonormalize';
import { projectNormal } from '../core/geometry/projector';
import { norm2 } from '../core/linalg';
import { predictClass } from '../core/model/classifier';
import type { ImageLab } from './imageLab';
import type { ImageAttackRun } from './imageAttack';
import { classifierBatch, imageVertexLogits, mlpVertexLogits } from './imageSliceGrid';
import { projectPath, sliceVolume } from './imageSliceVolume';
import type { ImageSliceRequest, ImageSliceResult } from './imageTypes';

const MAX_PATH = 400;

export async function imageSlice(lab: ImageLab, run: ImageAttackRun, req: ImageSliceRequest = {}): Promise<ImageSliceResult> {
  const t0 = performance.now();
  const { x0, delta, Q } = run;
  const clf = lab.classifier;
  const cls = predictClass(clf.logits(x0));
  const dNorm = norm2(delta);
  const wantAttack = (req.third ?? 'attack') === 'attack' && dNorm > 1e-9;
  const third = wantAttack ? delta : projectNormal(Q, clf.inputGradient(x0, marginCotangent(clf.logits(x0), cls)));
  let U = orthonormalize([Q[0], Q[1], third].filter(Boolean) as ArrayLike<number>[]);
  if (U.length < 3)
    U = orthonormalize([
      ...U,
      projectNormal(
        Q,
        Float64Array.from(x0, (_, i) => Math.sin(i + 1)),
      ),
    ]); // degenerate third axis
  // A network without a dense stack (a CNN trained in the lab) is evaluated point by point: coarser grid.
  const res = Math.round(Math.min(lab.weights ? 40 : 16, Math.max(8, req.res ?? 22)));
  const extent = req.extent ?? Math.max(0.5, 2 * dNorm);
  const logitsAt = lab.batchLogits
    ? imageVertexLogits(lab.batchLogits, x0, U)
    : lab.weights
      ? mlpVertexLogits(lab.weights, x0, U)
      : imageVertexLogits(classifierBatch(clf), x0, U);
  const { volume } = await sliceVolume(logitsAt, cls, res, extent);
  return {
    ...volume,
    path: projectPath(run.trajectory, x0, U, extent, MAX_PATH),
    axisLabels: ['tangent 1', 'tangent 2', wantAttack ? 'attack (rest of δ)' : 'normal (P_N ∇margin)'],
    x0: Float32Array.from(x0),
    axes: [Float32Array.from(U[0]), Float32Array.from(U[1]), Float32Array.from(U[2])],
    cls,
    computeMs: performance.now() - t0,
  };
}
