/**
 * The live slices through one test digit (docs/science.md §3, §6): the plane spanned by the
 * leading tangent direction u and P_N g (core/geometry/digitSlicePlane.ts) with the margin-0
 * curve by marching squares, and the 3-D slice that adds the second tangent direction t₂ with
 * the margin-0 surface by marching cubes (imageSliceVolume.ts, the Attack mode's code). Every
 * vertex is evaluated by the network being trained (batched logits); the early-stop PGD-L2 paths
 * from x (unconstrained, on- and off-manifold) are projected on both.
 */
import { contourSegments } from '../../core/geometry/contour';
import { axisCoords, slicePlane, volumeAxes } from '../../core/geometry/digitSlicePlane';
import { projectorFromBasis } from '../../core/geometry/decoderTangent';
import { marginGradient } from '../../core/experiments/experimentA';
import { flipRun, type FlipMode } from '../../core/experiments/experimentB';
import { FLIP_PROBE_DEFAULTS } from '../../core/experiments/trainingProbe';
import type { ClassifierConfig } from '../../core/model/imageModels';
import { predictClass, type Classifier } from '../../core/model/classifier';
import { imageVertexLogits, sliceMarginGrid, type BatchLogits } from '../imageSliceGrid';
import { sliceVolume } from '../imageSliceVolume';
import type { DigitSlice, DigitVolume, SlicePaths } from './trainingTypes';

export type { BatchLogits };

const MAX_PATH_POINTS = 300;

/**
 * Grid vertices per axis of the 3-D slice, by network: the grid costs res³ batched forward passes at
 * every timeline epoch (on the training backend). Measured in Node (wasm, CPU time,
 * scripts/bench/metricPassProfile.ts): the MLP's 16³ grid and mesh cost ~40–68 ms a pass, as much as
 * loss, accuracy and ρ_g together, and the CNN's 12³ ~110 ms; 12³ (1,728 vertices) for both.
 */
export const VOLUME_RES: Record<ClassifierConfig['kind'], number> = { mlp: 12, cnn: 12 };

export async function computeDigitSlice(
  logitsOf: BatchLogits,
  clf: Classifier,
  x0: Float64Array,
  Q: Float64Array[],
  index: number,
  epoch: number,
  res: number,
  extent: number,
  volumeRes = 0,
  shouldStop?: () => boolean,
): Promise<DigitSlice> {
  const cls = predictClass(clf.logits(x0));
  const plane = slicePlane(x0, Q, marginGradient(clf, x0, cls));
  const { margins, classes } = await sliceMarginGrid(imageVertexLogits(logitsOf, x0, [plane.u, plane.v]), 2, cls, res, extent);
  const segments = contourSegments(margins, [res, res], { lo: [-extent, -extent], hi: [extent, extent] }, 0);
  const axes = volumeAxes(plane) ?? [plane.u, plane.v];
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
  // Each step's coordinates on (u, t₂, v) (or (u, v) without t₂): the plane's path is (u, v).
  const run = (mode: FlipMode) => {
    const pts: number[] = axes.map(() => 0);
    const r = flipRun({ ...ctx, onStep: (x: Float64Array) => void pts.push(...axisCoords(x0, axes, x)) }, mode, opts);
    if (!r.point) return { pts: [] as number[], norm: null };
    pts.push(...axisCoords(x0, axes, r.point));
    return { pts, norm: r.norm };
  };
  const runs = { free: run('free'), on: run('on'), off: run('off') };
  const d = axes.length;
  const planePath = (p: number[]) => thin(d === 3 ? p.filter((_, i) => i % 3 !== 1) : p, 2);
  let volume: DigitVolume | null = null;
  if (volumeRes >= 2 && d === 3) {
    const t0 = performance.now();
    const { volume: v, margins: m3 } = await sliceVolume(imageVertexLogits(logitsOf, x0, axes), cls, volumeRes, extent);
    const world = (p: number[]) =>
      thin(
        p.map((c) => c / extent),
        3,
      );
    volume = {
      ...v,
      margins: m3,
      t2: Float32Array.from(axes[1]),
      paths: { free: world(runs.free.pts), on: world(runs.on.pts), off: world(runs.off.pts) },
      computeMs: performance.now() - t0,
    };
  }
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
    paths: { free: planePath(runs.free.pts), on: planePath(runs.on.pts), off: planePath(runs.off.pts) },
    volume,
    flipNorms: { free: runs.free.norm, on: runs.on.norm, off: runs.off.norm },
    normalShare: plane.normalShare,
  };
}

/** At most MAX_PATH_POINTS points of `d` coordinates each, keeping the first and the last. */
function thin(pts: number[], d: number): Float32Array {
  const m = pts.length / d;
  const stride = Math.max(1, Math.ceil(m / MAX_PATH_POINTS));
  const out: number[] = [];
  for (let i = 0; i < m; i++) if (i % stride === 0 || i === m - 1) for (let a = 0; a < d; a++) out.push(pts[d * i + a]);
  return Float32Array.from(out);
}

const pathBuffers = (p: SlicePaths) => [p.free, p.on, p.off];

/** The typed arrays of a slice, for Comlink.transfer. */
export function sliceBuffers(s: DigitSlice): ArrayBuffer[] {
  const v = s.volume;
  const volumeArrays = v ? [v.margins, v.positions, v.normals, v.indices, v.t2, ...pathBuffers(v.paths)] : [];
  return [s.margins, s.classes, s.segments, s.x0, s.u, s.v, ...pathBuffers(s.paths), ...volumeArrays].map((a) => a.buffer as ArrayBuffer);
}
