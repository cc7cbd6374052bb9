import { useCallback, useRef } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import { scrubImages } from '../../../store/imageTrainingActions';
import { trainingLive } from '../../../store/imageTrainingLive';
import { drawDigitSlice } from './drawDigitSlice';
import { useTrainingFrame } from './useTrainingFrame';

/** The panels' epochs: init, 1, 2, 5, 10, 20, 50, 100, ... of what the timeline holds. */
export const PANEL_EPOCHS = [0, 1, 2, 5, 10, 20, 50, 100, 200];

function Panel({ epoch, active }: { epoch: number; active: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cap = useRef<HTMLElement>(null);
  const draw = useCallback(() => {
    const c = ref.current,
      s = trainingLive.slices.get(epoch);
    if (!c || !s) return;
    const dpr = window.devicePixelRatio || 1;
    const w = c.clientWidth || 120;
    c.width = Math.round(w * dpr);
    c.height = Math.round(w * dpr);
    drawDigitSlice(c, s, { axes: false, paths: true, dpr });
    const r = trainingLive.records.find((x) => x.epoch === epoch);
    if (cap.current)
      cap.current.textContent = `${epoch === 0 ? 'init' : `epoch ${epoch}`} · acc ${r ? (100 * r.testAccuracy).toFixed(0) : '–'} % · flip ${s.flipNorms.free?.toFixed(2) ?? '–'}`;
  }, [epoch]);
  useTrainingFrame(draw, [epoch]);
  return (
    <figure className={`panel-cell train-panel${active ? ' active' : ''}`}>
      <button
        className="panel-view"
        onClick={() => void scrubImages(epoch)}
        title={`Show the slice at ${epoch === 0 ? 'init' : `epoch ${epoch}`}`}
        data-testid={`train-panel-${epoch}`}
      >
        <canvas ref={ref} className="train-panel-canvas" />
      </button>
      <figcaption ref={cap} />
    </figure>
  );
}

/** The slice at init, 1, 2, 5, 10, ... side by side (the toys' epoch panels, in image space). */
export function SliceEpochPanels() {
  const timeline = useImageTraining((s) => s.timeline);
  const viewing = useImageTraining((s) => s.viewing);
  const epochs = timeline.filter((e) => PANEL_EPOCHS.includes(e));
  if (!epochs.length) return null;
  return (
    <div className="panel-row train-panels" data-testid="train-panels">
      {epochs.map((e) => (
        <Panel key={e} epoch={e} active={viewing === e} />
      ))}
    </div>
  );
}
