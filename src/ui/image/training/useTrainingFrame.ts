import { useEffect } from 'react';
import { trainingLive } from '../../../store/imageTrainingLive';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';

/** Calls `draw` on animation frames when the training data changed (React does not re-render for it). */
export function useTrainingFrame(draw: () => void, deps: readonly unknown[] = []): void {
  useEffect(() => {
    let raf = 0;
    let seen = -1;
    const loop = () => {
      if (trainingLive.version !== seen) {
        seen = trainingLive.version;
        draw();
      }
      raf = requestAnimationFrame(loop);
    };
    raf = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(raf);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draw, ...deps]);
}

/** The slice to show: the viewed snapshot's, or the latest live one. */
export function shownSlice(viewing: number | null): DigitSlice | null {
  return viewing === null ? trainingLive.latest : (trainingLive.slices.get(viewing) ?? null);
}
