import { useApp } from '../store/appStore';
import { controls } from '../store/engineBridge';
import { SnapshotScrubber } from './SnapshotScrubber';

/** Scrub the recorded boundary snapshots (at the epochs core/timelinePolicy.ts chooses) and replay them. */
export function TimelineBar() {
  const timeline = useApp((s) => s.timeline);
  const viewing = useApp((s) => s.viewingEpoch);
  const index =
    viewing === null
      ? timeline.length - 1
      : Math.max(
          0,
          timeline.findIndex((t) => t.epoch === viewing),
        );

  if (timeline.length === 0)
    return <div className="timeline muted">The timeline records the boundary at epochs 0, 10, 20, 30, 100, 200 and every 100 after.</div>;
  const entry = timeline[Math.max(0, index)];
  return (
    <div className="timeline" aria-label="Timeline">
      <SnapshotScrubber
        snapshots={timeline}
        index={index}
        show={(t) => controls.scrub(t.epoch)}
        periodMs={450}
        text={{ testId: 'timeline', what: 'the boundary', label: 'Timeline snapshot' }}
      />
      <span
        className="timeline-label"
        data-testid="timeline-label"
        title={
          viewing === null
            ? `The live run; C and accuracy of the last recorded snapshot, epoch ${entry?.epoch}`
            : `The recorded snapshot of epoch ${entry?.epoch}: its C and training accuracy`
        }
      >
        {/* Compact, so that the row fits the lecture's narrower footer at 1280 px. */}
        {viewing === null ? `live · snapshot ${entry?.epoch}` : `epoch ${entry?.epoch}`} · C {entry ? entry.clinging.toFixed(3) : '–'} · acc{' '}
        {entry ? (entry.accuracy * 100).toFixed(0) : '–'} %
      </span>
      <div className="timeline-marks">
        {timeline
          .filter((t) => [0, 10, 20, 30, 100, 200].includes(t.epoch))
          .map((t) => (
            <button
              key={t.epoch}
              className={viewing === t.epoch ? 'active' : ''}
              onClick={() => controls.scrub(t.epoch)}
              title={`Show the boundary at epoch ${t.epoch}`}
              data-testid={`timeline-epoch-${t.epoch}`}
            >
              {t.epoch === 0 ? 'init' : t.epoch}
            </button>
          ))}
        <button
          className={viewing === null ? 'active' : ''}
          onClick={() => controls.scrub(null)}
          title="Back to the live boundary"
          data-testid="timeline-live"
        >
          live
        </button>
      </div>
    </div>
  );
}
