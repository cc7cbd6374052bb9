import type { BoundaryEvent, MetricsEvent, StatsEvent } from '../engine/protocol';
import type { MlpWeights } from '../core/model/mlpWeights';
import type { RunHistory } from '../core/model/runHistory';

/**
 * Per-frame data from the engine, kept outside React (racing-game habit): the scene and the
 * charts read it in their own animation loops and compare `version` to know when to redraw.
 */
export interface LiveData {
  version: number;
  stats: StatsEvent | null;
  boundary: BoundaryEvent | null;
  /** The latest live weights (for the page-side readouts). */
  weights: { epoch: number; weights: MlpWeights } | null;
  /** C and D_i of the live run (the latest live metrics). */
  dimples: MetricsEvent | null;
  /** C and D_i of the timeline snapshot last scrubbed to; kept apart so that going back to live shows the live ones at once. */
  viewedDimples: MetricsEvent | null;
  /** Training curves, one entry per stats event. */
  curve: { epoch: number[]; loss: number[]; accuracy: number[] };
  /** Clinging C(t), one entry per metrics event from live training. */
  clinging: { epoch: number[]; value: number[] };
  /** Frames the main view has drawn (it renders on demand; the tests and the bench count them). */
  frames: number;
}

export const live: LiveData = {
  version: 0,
  stats: null,
  boundary: null,
  weights: null,
  dimples: null,
  viewedDimples: null,
  curve: { epoch: [], loss: [], accuracy: [] },
  clinging: { epoch: [], value: [] },
  frames: 0,
};

const MAX_POINTS = 4000;

/** Called when what the main view draws changes (a new boundary): the view renders on demand. */
export const sceneChangeListeners = new Set<() => void>();
const sceneChanged = () => sceneChangeListeners.forEach((f) => f());

function pushCapped(xs: number[], ys: number[][], x: number, vals: number[]): void {
  // Training can restart from a restored checkpoint: drop the curve's future.
  while (xs.length > 0 && xs[xs.length - 1] > x) {
    xs.pop();
    ys.forEach((y) => y.pop());
  }
  if (xs.length > 0 && xs[xs.length - 1] === x) {
    ys.forEach((y, i) => (y[y.length - 1] = vals[i]));
    return;
  }
  xs.push(x);
  ys.forEach((y, i) => y.push(vals[i]));
  if (xs.length > MAX_POINTS) {
    // Halve the resolution of the older half to keep memory bounded on long runs.
    const keep = (_: number, i: number) => i % 2 === 0 || i >= xs.length / 2;
    const nx = xs.filter(keep);
    const nys = ys.map((y) => y.filter(keep));
    xs.splice(0, xs.length, ...nx);
    ys.forEach((y, i) => y.splice(0, y.length, ...nys[i]));
  }
}

export function recordStats(e: StatsEvent): void {
  live.stats = e;
  pushCapped(live.curve.epoch, [live.curve.loss, live.curve.accuracy], e.epoch, [e.loss, e.accuracy]);
  live.version++;
}

/** Metrics keep their source: a scrubbed snapshot's never replace the live run's nor join C(t). */
export function recordMetrics(e: MetricsEvent): void {
  if (e.source === 'timeline') live.viewedDimples = e;
  else {
    live.dimples = e;
    pushCapped(live.clinging.epoch, [live.clinging.value], e.epoch, [e.clinging]);
  }
  live.version++;
}

/**
 * The metrics a view following the timeline shows: the scrubbed snapshot's while `viewingEpoch`
 * is set (null until its metrics arrive), else the live run's.
 */
export function metricsOnView(viewingEpoch: number | null): MetricsEvent | null {
  if (viewingEpoch === null) return live.dimples;
  return live.viewedDimples?.epoch === viewingEpoch ? live.viewedDimples : null;
}

export function recordBoundary(e: BoundaryEvent): void {
  live.boundary = e;
  live.version++;
  sceneChanged();
}

export function recordWeights(epoch: number, weights: MlpWeights): void {
  live.weights = { epoch, weights };
}

/** The chart series of a loaded scene's history, up to the epoch it resumes from. */
export function restoreSeries(h: Pick<RunHistory, 'curve' | 'clinging'>, upTo: number): void {
  const keep = (epochs: number[]) => epochs.filter((e) => e <= upTo).length;
  const nc = keep(h.curve.epoch),
    nm = keep(h.clinging.epoch);
  live.curve = { epoch: h.curve.epoch.slice(0, nc), loss: h.curve.loss.slice(0, nc), accuracy: h.curve.accuracy.slice(0, nc) };
  live.clinging = { epoch: h.clinging.epoch.slice(0, nm), value: h.clinging.value.slice(0, nm) };
  live.version++;
}

export function clearLive(): void {
  live.stats = null;
  live.boundary = null;
  live.weights = null;
  live.dimples = null;
  live.viewedDimples = null;
  live.curve = { epoch: [], loss: [], accuracy: [] };
  live.clinging = { epoch: [], value: [] };
  live.version++;
  sceneChanged();
}
