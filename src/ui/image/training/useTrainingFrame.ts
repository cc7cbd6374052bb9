import { useMemo } from 'react';
import { trainingLive } from '../../../store/imageTrainingLive';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';
import { useLiveFrame } from '../../useLiveFrame';

/**
 * Calls `draw` on animation frames when the image run's data changed (useLiveFrame on
 * trainingLive), and at once when one of `deps` changes.
 */
export function useTrainingFrame(draw: () => void, deps: readonly unknown[] = []): void {
  // A new identity re-subscribes useLiveFrame, which draws on its first frame.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => () => draw(), [draw, ...deps]);
  useLiveFrame(current, trainingLive);
}

/** The slice to show: the viewed snapshot's, or the latest live one. */
export function shownSlice(viewing: number | null): DigitSlice | null {
  return viewing === null ? trainingLive.latest : (trainingLive.slices.get(viewing) ?? null);
}
