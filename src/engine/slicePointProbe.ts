/**
 * The image at one point of a slice through a digit, and what a network says there: the hover
 * readout of the Train mode's plane and 3-D slice and of the Attack mode's 3-D slice
 * (docs/science.md §3). The point is x0 + Σ_a c_a·axes[a] (the slice's own unit axes, L2 units),
 * built here in float32 as the slice grids build theirs (core/geometry/digitSlicePlane.ts), and
 * evaluated exactly at that point, not read off the grid.
 */
import * as Comlink from 'comlink';
import { marginsOfLogits } from '../core/geometry/digitSlicePlane';
import type { Classifier } from '../core/model/classifier';
import type { ImageNetWeights } from '../core/model/image/imageTrainer';
import { currentImageLab } from './imageApi';
import { currentTrainingSession } from './imageTraining/trainingApi';
import { classifierOfSnapshot } from './imageTraining/trainerSource';

/** Which network the slice was drawn with. */
export type SliceNetwork =
  /** The Train mode's network at a recorded epoch (a timeline snapshot, or the latest measured epoch). */
  | { kind: 'trained'; epoch: number }
  /** The image lab's classifier (the Attack mode). */
  | { kind: 'lab' }
  /** None held by the worker (a run loaded from a file): the image only. */
  | { kind: 'none'; why: string };

export interface SlicePointRequest {
  network: SliceNetwork;
  /** The digit x, length n. */
  x0: Float32Array;
  /** The slice's unit axes, each length n. */
  axes: Float32Array[];
  /** The point's coordinate along each axis, L2 units (same length as axes). */
  coords: number[];
  /** The class whose margin z_cls − max_{j≠cls} z_j is reported (x's predicted class). */
  cls: number;
}

export interface SlicePointResult {
  coords: number[];
  /** x0 + Σ c_a·axes[a], length n, unclipped. */
  pixels: Float32Array;
  /** The network's logits there; null when no network is held (see `missing`). */
  logits: Float32Array | null;
  /** argmax of the logits. */
  predicted: number | null;
  /** Margin of class `cls` there. */
  margin: number | null;
  /** Why there are no logits (null when there are). */
  missing: string | null;
}

/** The point's image and, given a classifier, its logits, predicted class and margin of `cls`. */
export function slicePoint(clf: Classifier | null, req: Omit<SlicePointRequest, 'network'>, missing = 'no network'): SlicePointResult {
  const { x0, axes, coords, cls } = req;
  if (axes.length !== coords.length) throw new Error(`slicePoint: ${axes.length} axes but ${coords.length} coordinates`);
  if (!coords.every(Number.isFinite)) throw new Error(`slicePoint: coordinates must be finite numbers (got ${coords.join(', ')})`);
  for (const u of axes) if (u.length !== x0.length) throw new Error(`slicePoint: an axis has ${u.length} pixels, x has ${x0.length}`);
  const pixels = Float32Array.from(x0);
  axes.forEach((u, a) => {
    const c = coords[a];
    for (let q = 0; q < pixels.length; q++) pixels[q] += c * u[q];
  });
  if (!clf) return { coords, pixels, logits: null, predicted: null, margin: null, missing };
  if (clf.inputDim !== pixels.length)
    throw new Error(`slicePoint: the network takes ${clf.inputDim} pixels, the slice has ${pixels.length}`);
  const logits = Float32Array.from(clf.logits(pixels));
  const { margins, classes } = marginsOfLogits(logits, 1, logits.length, cls);
  return { coords, pixels, logits, predicted: classes[0], margin: margins[0], missing: null };
}

// The frozen network of a snapshot, built once per weights object.
const classifiers = new WeakMap<ImageNetWeights, Classifier>();
function classifierOf(w: ImageNetWeights): Classifier {
  let c = classifiers.get(w);
  if (!c) classifiers.set(w, (c = classifierOfSnapshot(w)));
  return c;
}

/** The classifier `network` names, or why the worker does not hold it. */
function networkOf(network: SliceNetwork): Classifier | string {
  if (network.kind === 'none') return network.why;
  if (network.kind === 'lab') return currentImageLab()?.classifier ?? 'the image lab is not loaded';
  const s = currentTrainingSession();
  if (!s) return 'no training run in the worker';
  const w = s.snapshots.get(network.epoch)?.weights ?? (s.measured?.epoch === network.epoch ? s.measured.weights : null);
  return w ? classifierOf(w) : `the network of epoch ${network.epoch} is no longer held (kept: the timeline epochs and the latest)`;
}

export const slicePointApi = {
  /** The image at one slice point and the slice's network's logits there; the arrays move to the page. */
  slicePointProbe(req: SlicePointRequest): SlicePointResult {
    const net = networkOf(req.network);
    const r = typeof net === 'string' ? slicePoint(null, req, net) : slicePoint(net, req);
    return Comlink.transfer(r, [r.pixels.buffer as ArrayBuffer, ...(r.logits ? [r.logits.buffer as ArrayBuffer] : [])]);
  },
};
