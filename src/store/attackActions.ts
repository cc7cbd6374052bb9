import * as Comlink from 'comlink';
import { attackSpec } from '../core/attacks/registry';
import type { AttackName } from '../core/attacks/types';
import type { AttackOutcome, BatchProgress, BatchResult } from '../engine/attackTypes';
import { clearRunNotices, useApp, pushNotice } from './appStore';
import { getEngine } from './engineHandle';
import { attackLive, clearTracks, newRunId, recordPath, recordResult, startReplay } from './attackLive';
import { showRun, syncRuns } from './attackRuns';
import { stampRequest } from './attackNetwork';
import { useAttack } from './attackStore';
import { idleJob, runJob, slotOf } from './jobState';

/**
 * User commands of the attack panel and the scene; each sends one request to the worker, whose
 * paths come back through the call's own callback and whose results are the call's reply.
 */

function message(err: unknown): string {
  return String((err as Error)?.message ?? err);
}

/** The chosen attack (or `attackId`) with its parameters and (if targeted) its target class. */
function chosen(attackId = useAttack.getState().attackId) {
  const s = useAttack.getState();
  const targeted = s.targeted && attackSpec(attackId).targeted;
  return { attackId, params: s.params[attackId], target: targeted ? s.target : undefined };
}

/** Track ids per attack of one request, and the callback that draws their paths as they grow. */
function pathSink(n: number) {
  const ids = new Map<AttackName, number>();
  const idOf = (a: AttackName) => ids.get(a) ?? ids.set(a, newRunId()).get(a)!;
  const onPath = Comlink.proxy((attackId: AttackName, path: Float32Array) => recordPath(idOf(attackId), attackId, n, path));
  /** Record a finished attack's track; returns its run id. */
  const finish = (o: AttackOutcome) => recordResult(idOf(o.readout.attackId), o.row.index, o.readout, o.elapsedMs).runId;
  return { onPath, finish };
}

/** One attack from a training point (index) or any point; shows its path and readout. */
async function attackFrom(start: { pointIndex: number } | { point: number[] }, attackId?: AttackName): Promise<void> {
  const engine = getEngine();
  const n = useApp.getState().dataset?.n;
  if (!engine || n === undefined) return;
  useAttack.setState({ busy: true });
  clearRunNotices('attack');
  stampRequest();
  const sink = pathSink(n);
  try {
    const outcome = await engine.runAttackFrom({ ...start, ...chosen(attackId) }, sink.onPath);
    if (outcome) {
      const runId = sink.finish(outcome);
      syncRuns();
      showRun(runId);
    }
  } catch (err) {
    pushNotice('error', `The attack failed: ${message(err)}`, { run: 'attack' });
  } finally {
    useAttack.setState({ busy: false });
  }
}

/** Attack from training point `index` with the chosen attack (a click in the scene). */
export async function attackPoint(index: number): Promise<void> {
  useAttack.setState({ lastPoint: index });
  await attackFrom({ pointIndex: index });
}

/**
 * Attack from any point of the manifold (a click on the manifold in Attack mode). The start
 * point is projected onto M by the caller; its label is the model's own prediction there.
 */
export async function attackAt(point: number[]): Promise<void> {
  await attackFrom({ point });
}

/** Attack the last clicked point again (the 'a' key; e.g. after changing a parameter). */
export function rerunLast(): void {
  const p = useAttack.getState().lastPoint;
  if (p === null) pushNotice('info', 'Click a training point first: the attack starts from it.');
  else void attackPoint(p);
}

/**
 * Run `runId`'s attack again from its start point on the network shown now (a path computed on
 * another epoch's network is stale: attackNetwork.ts), with the current parameters.
 */
export async function rerunOnShownNetwork(runId: number): Promise<void> {
  const t = attackLive.tracks.find((x) => x.runId === runId);
  if (!t?.readout) return;
  if (t.pointIndex !== null) useAttack.setState({ lastPoint: t.pointIndex });
  await attackFrom(t.pointIndex !== null ? { pointIndex: t.pointIndex } : { point: Array.from(t.readout.x0) }, t.attackId);
}

/** Every registered attack from the last clicked point: fills the comparison table. */
export async function runAllFromLast(): Promise<void> {
  const engine = getEngine();
  const { lastPoint, params } = useAttack.getState();
  const n = useApp.getState().dataset?.n;
  if (!engine || n === undefined) return;
  if (lastPoint === null) {
    pushNotice('info', 'Click a training point first: all attacks start from it.');
    return;
  }
  useAttack.setState({ busy: true });
  clearRunNotices('attack');
  stampRequest();
  const sink = pathSink(n);
  try {
    const outcomes = await engine.runAllAttacks({ pointIndex: lastPoint, params, target: chosen().target }, sink.onPath);
    const runIds = outcomes.map(sink.finish);
    syncRuns();
    // The sweep shows only the chosen attack's run, not each in turn.
    const shown = outcomes.findIndex((o) => o.readout.attackId === useAttack.getState().attackId);
    if (shown >= 0) showRun(runIds[shown]);
    useAttack.setState({
      compare: {
        pointIndex: lastPoint,
        rows: outcomes.map((o) => o.row),
        epoch: attackLive.tracks.find((t) => t.runId === runIds[0])?.epoch ?? null,
      },
    });
  } catch (err) {
    pushNotice('error', `Running all attacks failed: ${message(err)}`, { run: 'attack' });
  } finally {
    useAttack.setState({ busy: false });
  }
}

/** The chosen attack on every training point (histogram of ρ_δ, r_on / r_off, CSV). */
export async function attackEveryPoint(): Promise<void> {
  const engine = getEngine();
  const dataset = useApp.getState().dataset;
  if (!engine || !dataset) return;
  const slot = slotOf<ReturnType<typeof useAttack.getState>, 'batch', BatchResult>(useAttack, 'batch');
  if (!slot.get().running) {
    slot.set({ result: null });
    clearRunNotices('attack');
  }
  await runJob<BatchResult, BatchProgress>(slot, (progress, signal) => engine.attackAll(chosen(), progress, signal), {
    total: dataset.count,
    // The scene changed meanwhile: the rows belong to the old points.
    keep: () => useApp.getState().dataset === dataset,
  });
  const { error } = slot.get();
  if (error) {
    useAttack.setState({ batch: idleJob<BatchResult>() });
    pushNotice('error', `The batch attack failed: ${error}`, { run: 'attack' });
  }
}

export function cancelBatch(): void {
  useAttack.getState().batch.cancel?.();
}

export function clearAttacks(): void {
  clearTracks();
  syncRuns();
  showRun(null);
}

export function replayRun(runId: number): void {
  showRun(runId);
  startReplay(runId);
}

// A new scene invalidates every path, table and batch: they belong to the old points.
useApp.subscribe((s, prev) => {
  if (s.dataset === prev.dataset) return;
  cancelBatch();
  clearAttacks();
  useAttack.setState({ lastPoint: null, compare: null, batch: idleJob<BatchResult>() });
});
