import * as tf from '@tensorflow/tfjs';
import { engineState } from './engineState';
import type { BackendName, TfBackendName } from './protocol';
import { makeDataset, type LabDataset } from '../core/datasets';
import { httpFetcher, loadImageSet } from '../core/datasets/mnist14';
import { evaluateGrid } from '../core/geometry/gridEvaluator';
import { marchingCubes } from '../core/geometry/isosurface';
import { buildClassifier, DEFAULT_MLP } from '../core/model/imageModels';
import { mlpClassifier } from '../core/model/jsMlp';
import { JsTrainer } from '../core/model/jsTrainer';
import type { MlpWeights } from '../core/model/mlpWeights';
import { TfTrainer } from '../core/model/tfTrainer';
import { PAPER_RECIPE } from '../core/model/trainConfig';
import { benchImageTraining, type ImageBenchOptions } from './imageBench';

/**
 * Worker-side benchmark commands for `npm run bench` (scripts/bench/run.mjs). The worker spreads
 * this object into its API; the page exposes it through window.__lab.engine(). Each command
 * switches the tfjs backend only for its own duration, pauses the live session first, disposes
 * every tensor it makes and reports tf.memory().numTensors before and after.
 */
/** Yield to the worker's event loop so the page's heartbeat ping is answered between timings. */
const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

/**
 * A warm-up call (JIT, shaders) unless told not to; then up to `reps` timed calls within
 * `budgetMs`. A call that returns a number reports its own compute time (sliced work).
 */
async function measure(fn: () => unknown, reps = 5, budgetMs = 2000, warmup = true): Promise<{ medianMs: number; samples: number[] }> {
  const timed = async () => {
    await yieldToEvents();
    const t = performance.now();
    const own = await fn();
    return typeof own === 'number' ? own : performance.now() - t;
  };
  const warm = warmup ? await timed() : 0;
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < reps && (samples.length === 0 || performance.now() - start < budgetMs)) {
    if (samples.length === 0 && warmup && warm > budgetMs) break; // too slow to repeat: use the warm-up
    samples.push(await timed());
  }
  if (samples.length === 0) samples.push(warm);
  const s = [...samples].sort((a, b) => a - b);
  return { medianMs: s[s.length >> 1], samples };
}

/** Benches run while the live session is paused (the driver benches before pressing play). */
async function pauseSession(): Promise<void> {
  if (!engineState.session?.running) return;
  engineState.session.pause();
  await new Promise((r) => setTimeout(r, 60)); // let the current burst (≤ 25 ms slice) finish
}

/** Run `fn` on tfjs backend `name`, then restore the backend the engine was using. */
async function withBackend<T>(name: TfBackendName, fn: () => Promise<T>): Promise<T> {
  await pauseSession();
  const prev = tf.getBackend();
  try {
    if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} is not available in this browser`);
    await tf.ready();
    return await fn();
  } finally {
    if (tf.getBackend() !== prev) {
      await tf.setBackend(prev);
      await tf.ready();
    }
  }
}

const paperPlane = (): LabDataset => makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });

/** The paper's 3-400-1 net trained with JsTrainer until the stop rule holds (cached). */
let trained: { weights: MlpWeights; epochs: number; minMargin: number } | null = null;
async function trainedPaperNet(): Promise<NonNullable<typeof trained>> {
  if (trained) return trained;
  const d = paperPlane();
  const t = new JsTrainer(d.points, d.labels, 3, 2, PAPER_RECIPE);
  let s = await t.stats();
  while (!(s.accuracy === 1 && s.minMargin > PAPER_RECIPE.marginTarget) && t.epoch < PAPER_RECIPE.maxEpochs) s = await t.train(25);
  trained = { weights: await t.exportWeights(), epochs: t.epoch, minMargin: s.minMargin };
  t.dispose();
  return trained;
}

/** Vertex coordinates of a res³ grid over the box, x fastest (as evaluateGrid stores them). */
function gridCoords(box: { lo: number[]; hi: number[] }, res: number): Float32Array {
  const out = new Float32Array(res ** 3 * 3);
  const h = box.lo.map((lo, a) => (box.hi[a] - lo) / (res - 1));
  let o = 0;
  for (let k = 0; k < res; k++)
    for (let j = 0; j < res; j++)
      for (let i = 0; i < res; i++) out.set([box.lo[0] + i * h[0], box.lo[1] + j * h[1], box.lo[2] + k * h[2]], 3 * o++);
  return out;
}

/** The baseline: jsMlp's scalar forward pass, one vertex at a time; sliced, timing only compute. */
async function scalarGrid(w: MlpWeights, coords: Float32Array, slice = 16384): Promise<{ values: Float32Array; ms: number }> {
  const net = mlpClassifier(w);
  const values = new Float32Array(coords.length / 3);
  const x = [0, 0, 0];
  let ms = 0;
  for (let s = 0; s < values.length; s += slice) {
    await yieldToEvents();
    const t = performance.now();
    for (let v = s; v < Math.min(values.length, s + slice); v++) {
      x[0] = coords[3 * v];
      x[1] = coords[3 * v + 1];
      x[2] = coords[3 * v + 2];
      values[v] = net.logits(x)[0];
    }
    ms += performance.now() - t;
  }
  return { values, ms };
}

/** The second baseline: the grid as batched matMuls on the active tfjs backend (chunked rows). */
async function tfGrid(layers: tf.Tensor[], coords: Float32Array, chunk = 32768): Promise<Float32Array> {
  const rows = coords.length / 3;
  const outs: tf.Tensor[] = [];
  for (let s = 0; s < rows; s += chunk) {
    const e = Math.min(rows, s + chunk);
    outs.push(
      tf.tidy(() => {
        let h: tf.Tensor = tf.tensor2d(coords.subarray(3 * s, 3 * e), [e - s, 3]);
        for (let l = 0; l < layers.length; l += 2) {
          h = tf.add(tf.matMul(h as tf.Tensor2D, layers[l] as tf.Tensor2D), layers[l + 1]);
          if (l + 2 < layers.length) h = tf.relu(h);
        }
        return h;
      }),
    );
  }
  const all = tf.concat(outs);
  tf.dispose(outs);
  const data = (await all.data()) as Float32Array;
  all.dispose();
  return data;
}

const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
const tensors = () => tf.memory().numTensors;

export const benchApi = {
  /** Steps/s of the paper's 3-D recipe (3-400-1, 25 points, full-batch Adam) on one backend. */
  async benchTraining(opts: { backend: BackendName; steps: number; reps?: number }) {
    const d = paperPlane();
    const before = tensors();
    const run = async () => {
      const t =
        opts.backend === 'js'
          ? new JsTrainer(d.points, d.labels, 3, 2, PAPER_RECIPE)
          : new TfTrainer(d.points, d.labels, 3, 2, PAPER_RECIPE);
      try {
        await t.train(3); // warm-up: shaders, optimizer slots, JIT
        return await measure(() => t.train(opts.steps), opts.reps ?? 3, Infinity, false);
      } finally {
        t.dispose();
      }
    };
    const m = opts.backend === 'js' ? await pauseSession().then(run) : await withBackend(opts.backend, run);
    return {
      backend: opts.backend,
      steps: opts.steps,
      msPerBurst: m.medianMs,
      stepsPerSecond: (opts.steps * 1000) / m.medianMs,
      tensorsBefore: before,
      tensorsAfter: tensors(),
    };
  },

  /** Boundary refresh (adaptive evaluateGrid + marching cubes) vs the scalar jsMlp pass, per res. */
  async benchBoundary(opts: { res: number[] }) {
    await pauseSession();
    const net = await trainedPaperNet();
    const box = paperPlane().manifold.bounds;
    const rows = [];
    for (const res of opts.res) {
      let share = 0;
      let triangles = 0;
      const refresh = await measure(() => {
        const g = evaluateGrid(net.weights, box, res);
        share = g.evaluated / g.values.length;
        triangles = marchingCubes(g.values, g.dims, box).indices.length / 3;
      }, 7);
      const coords = gridCoords(box, res);
      const scalar = await measure(async () => (await scalarGrid(net.weights, coords)).ms, 3, 1500);
      rows.push({
        res,
        refreshMs: refresh.medianMs,
        scalarMs: scalar.medianMs,
        speedup: scalar.medianMs / refresh.medianMs,
        evaluatedShare: share,
        triangles,
      });
    }
    return { trainedEpochs: net.epochs, minMargin: net.minMargin, rows };
  },

  /** The same grids as batched tfjs matMuls on one backend (a GPU-style baseline). */
  async benchGridTf(opts: { backend: TfBackendName; res: number[]; budgetMs?: number }) {
    const net = await trainedPaperNet();
    const box = paperPlane().manifold.bounds;
    const before = tensors();
    const rows = await withBackend(opts.backend, async () => {
      const layers = net.weights.layers.flatMap((l) => [tf.tensor2d(l.W, [l.inDim, l.outDim]), tf.tensor1d(l.b)]);
      try {
        const out = [];
        for (const res of opts.res) {
          const coords = gridCoords(box, res);
          let values: Float32Array = new Float32Array(0);
          const m = await measure(async () => (values = await tfGrid(layers, coords)), 3, opts.budgetMs ?? 1500);
          out.push({ res, ms: m.medianMs, maxAbsDiffVsScalar: maxAbsDiff(values, (await scalarGrid(net.weights, coords)).values) });
        }
        return out;
      } finally {
        tf.dispose(layers);
      }
    });
    return { backend: opts.backend, rows, tensorsBefore: before, tensorsAfter: tensors() };
  },

  /** MNIST-14 MLP (DEFAULT_MLP, batch 64, Adam) steps/s within a time budget; needs the shipped data. */
  async benchMnistTraining(opts: { backend: TfBackendName; dataBase: string; budgetMs?: number; maxSteps?: number; batch?: number }) {
    let set;
    try {
      ({ set } = await loadImageSet('mnist14', 'train', httpFetcher(opts.dataBase)));
    } catch (e) {
      return { available: false as const, note: String(e) };
    }
    const B = opts.batch ?? 64;
    const before = tensors();
    const run = await withBackend(opts.backend, async () => {
      const model = buildClassifier(DEFAULT_MLP);
      const optimizer = tf.train.adam(1e-3);
      model.compile({ optimizer, loss: 'categoricalCrossentropy' });
      let step = 0;
      const trainStep = async () => {
        const s = (step++ * B) % (set.count - B);
        const x = tf.tensor2d(set.images.subarray(s * set.n, (s + B) * set.n), [B, set.n]);
        const y = tf.tidy(() => tf.oneHot(tf.tensor1d(set.labels.subarray(s, s + B), 'int32'), set.numClasses));
        await model.trainOnBatch(x, y);
        tf.dispose([x, y]);
      };
      try {
        await trainStep(); // warm-up: shaders, optimizer slots
        const t0 = performance.now();
        let steps = 0;
        while (steps < 2 || (steps < (opts.maxSteps ?? 500) && performance.now() - t0 < (opts.budgetMs ?? 1500))) {
          await trainStep();
          steps++;
        }
        return { steps, ms: performance.now() - t0 };
      } finally {
        model.dispose();
        optimizer.dispose();
      }
    });
    return {
      available: true as const,
      backend: opts.backend,
      model: `MLP 196-${DEFAULT_MLP.hidden.join('-')}-10`,
      batch: B,
      steps: run.steps,
      stepsPerSecond: (run.steps * 1000) / run.ms,
      tensorsBefore: before,
      tensorsAfter: tensors(),
    };
  },

  benchImageTraining: (o: ImageBenchOptions) => withBackend(o.backend as TfBackendName, () => benchImageTraining(o)),

  memoryNow: () => ({ numTensors: tensors(), backend: tf.getBackend(), engineBackend: engineState.backend }),
};
