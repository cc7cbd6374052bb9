import { attackSpec } from '../core/attacks/registry';
import { useApp, pushNotice } from './appStore';
import { getEngine } from './engineBridge';
import { attackLive, clearTracks, startReplay } from './attackLive';
import { showRun, syncRuns } from './attackEvents';
import { useAttack } from './attackStore';

/** User commands of the attack panel and the scene; each sends one request to the worker. */

function message(err: unknown): string {
  return String((err as Error)?.message ?? err);
}

/** The chosen attack with its parameters and (if targeted) its target class. */
function chosen() {
  const s = useAttack.getState();
  const targeted = s.targeted && attackSpec(s.attackId).targeted;
  return { attackId: s.attackId, params: s.params[s.attackId], target: targeted ? s.target : undefined };
}

/** Attack from training point `index` with the chosen attack (a click in the scene). */
export async function attackPoint(index: number): Promise<void> {
  const engine = getEngine();
  if (!engine) return;
  useAttack.setState({ lastPoint: index, busy: true });
  attackLive.requestedAt = performance.now();
  try {
    await engine.runAttackFrom({ pointIndex: index, ...chosen() });
  } catch (err) {
    pushNotice('error', `The attack failed: ${message(err)}`);
  } finally {
    useAttack.setState({ busy: false });
  }
}

/**
 * Attack from any point of the manifold (a click on the manifold in Attack mode). The start
 * point is projected onto M by the caller; its label is the model's own prediction there.
 */
export async function attackAt(point: number[]): Promise<void> {
  const engine = getEngine();
  if (!engine) return;
  useAttack.setState({ busy: true });
  attackLive.requestedAt = performance.now();
  try {
    await engine.runAttackFrom({ point, ...chosen() });
  } catch (err) {
    pushNotice('error', `The attack failed: ${message(err)}`);
  } finally {
    useAttack.setState({ busy: false });
  }
}

/** Attack the last clicked point again (the 'a' key; e.g. after changing a parameter). */
export function rerunLast(): void {
  const p = useAttack.getState().lastPoint;
  if (p === null) pushNotice('info', 'Click a training point first: the attack starts from it.');
  else void attackPoint(p);
}

/** Every registered attack from the last clicked point: fills the comparison table. */
export async function runAllFromLast(): Promise<void> {
  const engine = getEngine();
  const { lastPoint, params } = useAttack.getState();
  if (!engine) return;
  if (lastPoint === null) {
    pushNotice('info', 'Click a training point first: all attacks start from it.');
    return;
  }
  useAttack.setState({ busy: true });
  attackLive.requestedAt = performance.now();
  try {
    const rows = await engine.runAllAttacks({ pointIndex: lastPoint, params, target: chosen().target });
    useAttack.setState({ compare: { pointIndex: lastPoint, rows } });
  } catch (err) {
    pushNotice('error', `Running all attacks failed: ${message(err)}`);
  } finally {
    useAttack.setState({ busy: false });
  }
}

/** The chosen attack on every training point (histogram of ρ_δ, r_on / r_off, CSV). */
export async function attackEveryPoint(): Promise<void> {
  const engine = getEngine();
  const dataset = useApp.getState().dataset;
  const total = dataset?.count ?? 0;
  if (!engine || useAttack.getState().batch?.running) return;
  useAttack.setState({ batch: { running: true, phase: 'attack', done: 0, total, result: null } });
  try {
    const result = await engine.attackAll(chosen());
    if (useApp.getState().dataset !== dataset) return; // the scene changed meanwhile
    const b = useAttack.getState().batch;
    useAttack.setState({ batch: { phase: b?.phase ?? 'attack', done: b?.done ?? 0, total, running: false, result } });
  } catch (err) {
    useAttack.setState({ batch: null });
    pushNotice('error', `The batch attack failed: ${message(err)}`);
  }
}

export function cancelBatch(): void {
  void getEngine()?.cancelAttacks();
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
  if (useAttack.getState().batch?.running) cancelBatch();
  clearAttacks();
  useAttack.setState({ lastPoint: null, compare: null, batch: null });
});
