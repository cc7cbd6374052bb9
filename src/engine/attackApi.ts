import * as Comlink from 'comlink';
import { ATTACKS } from '../core/attacks/registry';
import type { AttackName, AttackParams } from '../core/attacks/types';
import { rowOf } from '../core/attacks/attackAnalysis';
import { attackModelOf, runAndAnalyze, type AttackModel } from '../core/attacks/attackRun';
import type { SceneData } from './protocol';
import { currentSession } from './engineState';
import { attackEveryPoint } from './attackBatch';
import { TrajectoryStream } from './attackStream';
import { withJob } from './jobControl';
import type { AttackOutcome, AttackRequest, BatchProgress, BatchRequest, BatchResult, PathCallback } from './attackTypes';
import type { ProgressCallback } from './jobTypes';

/**
 * Worker-side attack commands; the worker spreads this object into its API. Everything runs as
 * synchronous plain JS on the weights currently shown (a scrubbed timeline entry or the live
 * ones), so an attack on a toy takes milliseconds. Paths and progress go to the callbacks each
 * call brings; an AbortSignal passed with the call stops it.
 */
let nextSeed = 1;
let warmedUp = false;

async function loadModel(): Promise<{ am: AttackModel; scene: SceneData } | null> {
  const s = currentSession();
  if (!s) return null;
  const snap = await s.snapshot();
  return { am: attackModelOf(snap.weights, snap.scene.numClasses, snap.manifold), scene: snap.scene };
}

function startOf(
  req: Pick<AttackRequest, 'pointIndex' | 'point'>,
  scene: SceneData,
  n: number,
): { x0: Float64Array; index: number | null } {
  if (req.pointIndex !== undefined) {
    const i = req.pointIndex;
    if (!(Number.isInteger(i) && i >= 0 && i < scene.labels.length)) throw new Error(`no training point ${i}`);
    return { x0: Float64Array.from(scene.points.subarray(i * n, (i + 1) * n)), index: i };
  }
  if (req.point && req.point.length === n) return { x0: Float64Array.from(req.point), index: null };
  throw new Error(`an attack needs a training point index or a point of length ${n}`);
}

/** Run one attack, sending its path as it grows; returns its row and readout. */
function runStreamed(
  am: AttackModel,
  x0: Float64Array,
  index: number | null,
  scene: SceneData,
  req: { attackId: AttackName; params?: AttackParams; target?: number },
  onPath: PathCallback | undefined,
  signal: AbortSignal | undefined,
): AttackOutcome {
  const { attackId, params, target } = req;
  const t0 = performance.now();
  const stream = new TrajectoryStream(x0.length, (path) => void onPath?.(attackId, Comlink.transfer(path, [path.buffer])));
  const { readout } = runAndAnalyze(am, x0, attackId, params, {
    target,
    trueLabel: index === null ? undefined : scene.labels[index],
    seed: nextSeed++,
    onStep: onPath ? (x, step) => stream.push(x, step) : undefined,
    shouldStop: () => signal?.aborted ?? false,
  });
  return { row: rowOf(readout, index, index === null ? null : scene.labels[index]), readout, elapsedMs: performance.now() - t0 };
}

/** The readouts' arrays move to the page instead of being copied. */
function transferOutcomes<T extends AttackOutcome | AttackOutcome[]>(out: T): T {
  const list = Array.isArray(out) ? out : [out];
  const buffers = list.flatMap(({ readout: r }) =>
    [r.x0, r.trajectory, r.final, r.tangentPart, r.normalPart, r.crossing].flatMap((b) => (b ? [b.buffer] : [])),
  );
  return Comlink.transfer(out, buffers);
}

export const attackApi = {
  /**
   * Runs every registered attack once from training point 0 and discards the results, once per
   * worker: V8 compiles the attack code here instead of in the user's first click (in a Chrome
   * trace the first PGD-L2 took 243 ms in the worker, later ones 3–8 ms). Fixed seed, outside
   * the user's seed sequence, so later attacks give the same results as without it.
   */
  async warmUpAttacks(): Promise<void> {
    if (warmedUp) return;
    const loaded = await loadModel();
    if (!loaded || loaded.scene.labels.length === 0) return;
    warmedUp = true;
    const { x0, index } = startOf({ pointIndex: 0 }, loaded.scene, loaded.am.manifold.n);
    for (const spec of ATTACKS) runAndAnalyze(loaded.am, x0, spec.id, undefined, { trueLabel: loaded.scene.labels[index ?? 0], seed: 0 });
  },

  /** Attack from a training point (or any point); its path goes to `onPath` as it grows. */
  async runAttackFrom(req: AttackRequest, onPath?: PathCallback, signal?: AbortSignal): Promise<AttackOutcome | null> {
    return withJob(
      undefined,
      signal,
      async () => {
        const loaded = await loadModel();
        if (!loaded) return null;
        const { x0, index } = startOf(req, loaded.scene, loaded.am.manifold.n);
        return transferOutcomes(runStreamed(loaded.am, x0, index, loaded.scene, req, onPath, signal));
      },
      [onPath],
    );
  },

  /** Every attack in the registry from one point: one outcome each (and one path each). */
  async runAllAttacks(
    req: { pointIndex?: number; point?: ArrayLike<number>; params?: Partial<Record<AttackName, AttackParams>>; target?: number },
    onPath?: PathCallback,
    signal?: AbortSignal,
  ): Promise<AttackOutcome[]> {
    return withJob(
      undefined,
      signal,
      async () => {
        const loaded = await loadModel();
        if (!loaded) return [];
        const { x0, index } = startOf(req, loaded.scene, loaded.am.manifold.n);
        const out = ATTACKS.map((spec) =>
          runStreamed(
            loaded.am,
            x0,
            index,
            loaded.scene,
            { attackId: spec.id, params: req.params?.[spec.id], target: req.target },
            onPath,
            signal,
          ),
        );
        return transferOutcomes(out);
      },
      [onPath],
    );
  },

  /** One attack over every training point, plus the constrained flip norms; stops on `signal`. */
  async attackAll(req: BatchRequest, progress?: ProgressCallback<BatchProgress>, signal?: AbortSignal): Promise<BatchResult | null> {
    return withJob(progress, signal, async (job) => {
      const loaded = await loadModel();
      if (!loaded) return null;
      return attackEveryPoint(loaded.am, loaded.scene.points, loaded.scene.labels, req, {
        onProgress: (stage, done, total) => job.tell({ stage, done, total }),
        shouldStop: job.shouldStop,
        pause: job.pause,
      });
    });
  },
};
