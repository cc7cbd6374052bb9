/**
 * The live slice through one test digit (docs/science.md §3, §6): the plane spanned by the leading
 * tangent direction and P_N g (core/geometry/digitSlicePlane.ts), every vertex evaluated by
 * the network being trained (batched logits), the margin-0 curve by marching squares, and the
 * early-stop PGD-L2 paths from x (unconstrained, on- and off-manifold) projected on the plane.
 */
import { contourSegments } from '../../core/geometry/contour';
import { marginsOfLogits, planeCoords, slicePlane, slicePlaneImages } from '../../core/geometry/digitSlicePlane';
import { projectorFromBasis } from '../../core/geometry/decoderTangent';
import { marginGradient } from '../../core/experiments/experimentA';
import { flipRun, type FlipMode } from '../../core/experiments/experimentB';
import { FLIP_PROBE_DEFAULTS } from '../../core/experiments/trainingProbe';
import { predictClass, type Classifier } from '../../core/model/classifier';
import type { DigitSlice } from './trainingTypes';

/** Batched logits of `count` images (the trainer's, so the grid is the real network). */
export type BatchLogits = (images: Float32Array, count: number) => Promise<Float32Array>;

const MAX_PATH_POINTS = 300;

export async function computeDigitSlice(
  logitsOf: BatchLogits,
  clf: Classifier,
  x0: Float64Array,
  Q: Float64Array[],
  index: number,
  epoch: number,
  res: number,
  extent: number,
  shouldStop?: () => boolean,
): Promise<DigitSlice> {
  const cls = predictClass(clf.logits(x0));
  const plane = slicePlane(x0, Q, marginGradient(clf, x0, cls));
  const images = slicePlaneImages(plane, res, extent);
  const { margins, classes } = marginsOfLogits(await logitsOf(images, res * res), res * res, clf.numClasses, cls);
  const segments = contourSegments(margins, [res, res], { lo: [-extent, -extent], hi: [extent, extent] }, 0);
  const ctx = {
    model: clf,
    x0,
    label: cls,
    lo: FLIP_PROBE_DEFAULTS.lo,
    hi: FLIP_PROBE_DEFAULTS.hi,
    projector: projectorFromBasis(Q),
    shouldStop,
  };
  const opts = { stepSize: FLIP_PROBE_DEFAULTS.stepSize, maxSteps: FLIP_PROBE_DEFAULTS.maxSteps, refine: FLIP_PROBE_DEFAULTS.refine };
  const run = (mode: FlipMode) => {
    const pts: number[] = [0, 0];
    const r = flipRun(
      {
        ...ctx,
        onStep: (x: Float64Array) => {
          pts.push(...planeCoords(plane, x));
        },
      },
      mode,
      opts,
    );
    if (!r.point) return { path: new Float32Array(0), norm: null };
    pts.push(...planeCoords(plane, r.point));
    return { path: thin(pts), norm: r.norm };
  };
  const free = run('free'),
    on = run('on'),
    off = run('off');
  return {
    epoch,
    index,
    cls,
    res,
    extent,
    margins,
    classes,
    segments,
    x0: Float32Array.from(x0),
    u: Float32Array.from(plane.u),
    v: Float32Array.from(plane.v),
    paths: { free: free.path, on: on.path, off: off.path },
    flipNorms: { free: free.norm, on: on.norm, off: off.norm },
    normalShare: plane.normalShare,
  };
}

/** At most MAX_PATH_POINTS (a, b) pairs, keeping the first and the last. */
function thin(pts: number[]): Float32Array {
  const m = pts.length / 2;
  const stride = Math.max(1, Math.ceil(m / MAX_PATH_POINTS));
  const out: number[] = [];
  for (let i = 0; i < m; i++) if (i % stride === 0 || i === m - 1) out.push(pts[2 * i], pts[2 * i + 1]);
  return Float32Array.from(out);
}

/** The typed arrays of a slice, for Comlink.transfer. */
export function sliceBuffers(s: DigitSlice): ArrayBuffer[] {
  return [s.margins, s.classes, s.segments, s.x0, s.u, s.v, s.paths.free, s.paths.on, s.paths.off].map((a) => a.buffer as ArrayBuffer);
}
