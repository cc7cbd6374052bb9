import { useImageTraining } from '../../../store/imageTraining';
import { scrubImages } from '../../../store/imageTrainingActions';
import { SnapshotScrubber } from '../../SnapshotScrubber';

/** Scrub the snapshot epochs of the image run (init, 1, 2, 5, 10, ...) or replay them. */
export function TrainingTimeline() {
  const timeline = useImageTraining((s) => s.timeline);
  const viewing = useImageTraining((s) => s.viewing);
  if (!timeline.length)
    return <div className="timeline muted">The timeline records the network at init and epochs 1, 2, 5, 10, 15, 20, 30, 50, …</div>;
  const index = viewing === null ? timeline.length - 1 : Math.max(0, timeline.indexOf(viewing));
  return (
    <div className="timeline train-timeline" aria-label="Training timeline">
      <SnapshotScrubber
        snapshots={timeline}
        index={index}
        show={scrubImages}
        periodMs={600}
        text={{ testId: 'train-timeline', what: 'the slice', label: 'Training snapshot' }}
      />
      <span className="timeline-label" data-testid="train-timeline-label">
        {viewing === null ? `live · snapshots up to epoch ${timeline[timeline.length - 1]}` : `snapshot: epoch ${viewing}`}
      </span>
      <button
        className={viewing === null ? 'active' : ''}
        onClick={() => void scrubImages(null)}
        title="Back to the live slice"
        data-testid="train-timeline-live"
      >
        live
      </button>
    </div>
  );
}
