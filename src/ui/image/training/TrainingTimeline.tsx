import { useEffect, useState } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import { scrubImages } from '../../../store/imageTrainingActions';

/** Scrub the snapshot epochs of the image run (init, 1, 2, 5, 10, ...) or replay them. */
export function TrainingTimeline() {
  const timeline = useImageTraining((s) => s.timeline);
  const viewing = useImageTraining((s) => s.viewing);
  const [replaying, setReplaying] = useState(false);
  useEffect(() => {
    if (!replaying) return;
    let i = 0,
      timer = 0,
      stopped = false;
    const tick = async () => {
      const t = useImageTraining.getState().timeline;
      if (stopped || i >= t.length) return setReplaying(false);
      await scrubImages(t[i++]);
      timer = window.setTimeout(() => void tick(), 600);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [replaying]);
  if (!timeline.length)
    return <div className="timeline muted">The timeline records the network at init and epochs 1, 2, 5, 10, 15, 20, 30, 50, …</div>;
  const index = viewing === null ? timeline.length - 1 : Math.max(0, timeline.indexOf(viewing));
  return (
    <div className="timeline train-timeline" aria-label="Training timeline">
      <button onClick={() => setReplaying((r) => !r)} title="Replay the slice snapshot by snapshot" data-testid="train-replay">
        {replaying ? '■ Stop' : '⟲ Replay'}
      </button>
      <input
        type="range"
        min={0}
        max={timeline.length - 1}
        value={index}
        onChange={(e) => void scrubImages(timeline[Number(e.target.value)])}
        aria-label="Training snapshot"
        title="Drag to see the slice at a recorded epoch"
        data-testid="train-timeline-slider"
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
