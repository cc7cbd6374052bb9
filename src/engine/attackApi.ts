import { ATTACKS } from '../core/attacks/registry';
import type { AttackName, AttackParams } from '../core/attacks/types';
import type { SceneData } from './protocol';
import { currentSession, emit } from './engineState';
import { rowOf } from '../core/attacks/attackAnalysis';
import { attackEveryPoint } from './attackBatch';
import { attackModelOf, runAndAnalyze, type AttackModel } from '../core/attacks/attackRun';
import { TrajectoryStream } from './attackStream';
import type { AttackRequest, AttackRow, BatchRequest, BatchResult } from './attackTypes';

/**
 * Worker-side attack commands (issue 3); the worker spreads this object into its API.
 * Everything runs as synchronous plain JS on the weights currently shown (a scrubbed
 * timeline entry or the live ones), so an attack on a toy takes milliseconds.
 */
let nextRunId = 1;
/** Bumped by cancelAttacks(); a run started under an older generation stops. */
let generation = 0;

async function loadModel(): Promise<{ am: AttackModel; scene: SceneData } | null> {
  const s = currentSession();
  if (!s) return null;
  const snap = await s.snapshot();
  return { am: attackModelOf(snap.weights, snap.scene.numClasses, snap.manifold), scene: snap.scene };
}

function startOf(req: Pick<AttackRequest, 'pointIndex' | 'point'>, scene: SceneData, n: number): { x0: Float64Array; index: number | null } {
  if (req.pointIndex !== undefined) {
    const i = req.pointIndex;
    if (!(Number.isInteger(i) && i >= 0 && i < scene.labels.length)) throw new Error(`no training point ${i}`);
    return { x0: Float64Array.from(scene.points.subarray(i * n, (i + 1) * n)), index: i };
  }
  if (req.point && req.point.length === n) return { x0: Float64Array.from(req.point), index: null };
  throw new Error(`an attack needs a training point index or a point of length ${n}`);
}

/** Run one attack, streaming its path, then send the readout; returns its table row. */
function runStreamed(
  am: AttackModel,
  x0: Float64Array,
  index: number | null,
  scene: SceneData,
  req: { attackId: AttackName; params?: AttackParams; target?: number },
  sweep: boolean,
): AttackRow {
  const { attackId, params, target } = req;
  const runId = nextRunId++;
  const n = x0.length;
  const t0 = performance.now();
  const gen = generation;
  const stream = new TrajectoryStream(n, (trajectory) =>
    emit({ type: 'attack-progress', runId, attackId, n, trajectory }, [trajectory.buffer]),
  );
  const { readout } = runAndAnalyze(am, x0, attackId, params, {
    target,
    seed: runId,
    onStep: (x, step) => stream.push(x, step),
    shouldStop: () => gen !== generation,
  });
  const row = rowOf(readout, index, index === null ? null : scene.labels[index]);
  const buffers = [readout.x0, readout.trajectory, readout.final, readout.tangentPart, readout.normalPart, readout.crossing];
  emit(
    { type: 'attack-result', runId, pointIndex: index, sweep, readout, elapsedMs: performance.now() - t0 },
    buffers.flatMap((b) => (b ? [b.buffer] : [])),
  );
  return row;
}

export const attackApi = {
  /** Attack from a training point (or any point); the path streams as 'attack-progress' events. */
  async runAttackFrom(req: AttackRequest): Promise<AttackRow | null> {
    const loaded = await loadModel();
    if (!loaded) return null;
    const { x0, index } = startOf(req, loaded.scene, loaded.am.manifold.n);
    return runStreamed(loaded.am, x0, index, loaded.scene, req, false);
  },

  /** Every attack in the registry from one point: one row each (and one drawn path each). */
  async runAllAttacks(req: {
    pointIndex?: number;
    point?: ArrayLike<number>;
    params?: Partial<Record<AttackName, AttackParams>>;
    target?: number;
  }): Promise<AttackRow[]> {
    const loaded = await loadModel();
    if (!loaded) return [];
    const { x0, index } = startOf(req, loaded.scene, loaded.am.manifold.n);
    return ATTACKS.map((spec) =>
      runStreamed(loaded.am, x0, index, loaded.scene, { attackId: spec.id, params: req.params?.[spec.id], target: req.target }, true),
    );
  },

  /** One attack over every training point, plus the constrained flip norms; cancellable. */
  async attackAll(req: BatchRequest): Promise<BatchResult | null> {
    const loaded = await loadModel();
    if (!loaded) return null;
    const gen = ++generation; // a new batch supersedes any earlier one
    return attackEveryPoint(loaded.am, loaded.scene.points, loaded.scene.labels, req, {
      onProgress: (phase, done, total) => emit({ type: 'attack-batch-progress', phase, done, total }),
      shouldStop: () => gen !== generation,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
  },

  /** Stop the running batch (and any attack still running) at the next check. */
  cancelAttacks(): void {
    generation++;
  },
};
