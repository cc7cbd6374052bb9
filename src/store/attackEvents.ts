import type { AttackEvent } from '../engine/attackTypes';
import { attackLive, recordProgress, recordResult, selectTrack } from './attackLive';
import { useAttack } from './attackStore';

/** The finished runs still on screen, for the replay picker. */
export function syncRuns(): void {
  const runs = attackLive.tracks
    .filter((t) => t.readout)
    .map((t) => ({ runId: t.runId, attackId: t.attackId, pointIndex: t.pointIndex }));
  useAttack.setState({ runs });
}

/** Show run `runId` in the readout and draw its arrows. */
export function showRun(runId: number | null): void {
  selectTrack(runId);
  const t = attackLive.tracks.find((x) => x.runId === runId);
  useAttack.setState({ shown: t?.readout ? { runId: t.runId, pointIndex: t.pointIndex, readout: t.readout, elapsedMs: t.elapsedMs ?? 0 } : null });
}

/** The engine's attack events: paths into attackLive, discrete results into the store. */
export function onAttackEvent(e: AttackEvent): void {
  switch (e.type) {
    case 'attack-progress':
      recordProgress(e);
      break;
    case 'attack-result': {
      const t = recordResult(e);
      syncRuns();
      // A "run all attacks" sweep shows only the chosen attack's run, not each in turn.
      if (!e.sweep || e.readout.attackId === useAttack.getState().attackId) showRun(t.runId);
      break;
    }
    case 'attack-batch-progress': {
      const b = useAttack.getState().batch;
      if (b?.running) useAttack.setState({ batch: { ...b, phase: e.phase, done: e.done, total: e.total } });
      break;
    }
  }
}
