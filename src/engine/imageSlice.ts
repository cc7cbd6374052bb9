/**
 * A 3-D window into image space: the affine slice through x spanned by the two
 * leading tangent directions of the AE manifold (largest singular values of dD/dz) and a third
 * direction, either the attack's own (δ minus its part in the first two, so x + δ lies in the
 * slice) or the steepest normal one (P_N of the margin gradient). The classifier's margin of
 * x's class is sampled there and its zero level extracted by marching cubes (docs/science.md §3).
 */
import { marginCotangent } from '../core/attacks/loss';
import { orthonormalize } from '../core/geometry/orthonormalize';
import { marchingCubes } from '../core/geometry/isosurface';
import { projectNormal } from '../core/geometry/projector';
import { norm2 } from '../core/linalg';
import { predictClass } from '../core/model/classifier';
import type { ImageLab } from './imageLab';
import type { ImageAttackRun } from './imageAttack';
import { sliceMarginGrid, sliceMarginGridOf } from './imageSliceGrid';
import { sliceMarginGridBatched } from './imageSliceGridBatched';
import type { ImageSliceRequest, ImageSliceResult } from './imageTypes';

const MAX_PATH = 400;

export function imageSlice(lab: ImageLab, run: ImageAttackRun, req: ImageSliceRequest = {}): ImageSliceResult {
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
  const values = lab.batchLogits
    ? sliceMarginGridBatched(lab.batchLogits, x0, U, cls, res, extent)
    : lab.weights
      ? sliceMarginGrid(lab.weights, x0, U, cls, res, extent)
      : sliceMarginGridOf(clf, x0, U, cls, res, extent);
  const mesh = marchingCubes(values, [res, res, res], { lo: [-1, -1, -1], hi: [1, 1, 1] }, 0);
  const stride = Math.max(1, Math.ceil(run.trajectory.length / MAX_PATH));
  const picked = run.trajectory.filter((_, i) => i % stride === 0 || i === run.trajectory.length - 1);
  const path = new Float32Array(picked.length * 3);
  picked.forEach((x, t) => {
    for (let a = 0; a < 3; a++) {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += (x[i] - x0[i]) * U[a][i];
      path[3 * t + a] = s / extent;
    }
  });
  let pos = 0;
  for (const v of values) if (v > 0) pos++;
  return {
    res,
    extent,
    positions: mesh.positions,
    normals: mesh.normals,
    indices: mesh.indices,
    path,
    axisLabels: ['tangent 1', 'tangent 2', wantAttack ? 'attack (rest of δ)' : 'normal (P_N ∇margin)'],
    originalShare: pos / values.length,
    computeMs: performance.now() - t0,
  };
}
