import { attackLive } from '../../store/attackLive';
import { rerunOnShownNetwork } from '../../store/attackActions';
import { isStale } from '../../store/attackNetwork';
import { useAttack } from '../../store/attackStore';
import { useShownEpoch } from './useShownEpoch';

/**
 * A run computed on another epoch's network than the one shown (a scrubbed timeline, or live
 * training that moved on): its flip and distances belong to that network. Says so, with a
 * button that attacks the same start on the network shown.
 */
export function StaleRunNote({ runId }: { runId: number }) {
  const now = useShownEpoch();
  const busy = useAttack((s) => s.busy);
  const track = attackLive.tracks.find((t) => t.runId === runId);
  if (!track || !isStale(track, now)) return null;
  return (
    <div className="attack-stale-note attack-flag" data-testid="attack-stale-note" data-epoch={track.epoch ?? ''}>
      Computed on the epoch-{track.epoch} network; the view shows epoch {now}. Re-run to attack this epoch.{' '}
      <button
        onClick={() => void rerunOnShownNetwork(runId)}
        disabled={busy}
        title={`Run the same attack from the same start on the epoch-${now} network`}
        data-testid="attack-rerun"
      >
        Re-run
      </button>
    </div>
  );
}
