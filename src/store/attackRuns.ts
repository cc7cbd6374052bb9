import { attackLive, selectTrack } from './attackLive';
import { useAttack } from './attackStore';

/** The finished runs still on screen, for the replay picker. */
export function syncRuns(): void {
  const runs = attackLive.tracks.filter((t) => t.readout).map((t) => ({ runId: t.runId, attackId: t.attackId, pointIndex: t.pointIndex }));
  useAttack.setState({ runs });
}

/** Show run `runId` in the readout and draw its arrows. */
export function showRun(runId: number | null): void {
  selectTrack(runId);
  const t = attackLive.tracks.find((x) => x.runId === runId);
  useAttack.setState({
    shown: t?.readout ? { runId: t.runId, pointIndex: t.pointIndex, readout: t.readout, elapsedMs: t.elapsedMs ?? 0 } : null,
  });
}
