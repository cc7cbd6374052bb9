import { useCallback, useState } from 'react';
import { useApp } from '../../store/appStore';
import { liveEpoch } from '../../store/attackNetwork';
import { useLiveFrame } from '../useLiveFrame';

/** Epoch shown now, re-read when the timeline is scrubbed or live training moves on. */
export function useShownEpoch(): number | null {
  const viewing = useApp((s) => s.viewingEpoch);
  const [epoch, setEpoch] = useState(liveEpoch);
  useLiveFrame(useCallback(() => setEpoch(liveEpoch()), []));
  return viewing ?? epoch;
}
