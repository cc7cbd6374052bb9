import { useEffect, useMemo, useRef, useState } from 'react';
import { slicePointProber, type SlicePointRequest, type SlicePointResult } from '../../store/slicePointProbe';

/** What the readout says about a hovered point besides the worker's answer. */
export interface SliceHoverTag {
  /** Where the point is, in words ("plane", "3-D · on the boundary surface", …). */
  where: string;
  /** The name of each coordinate, in the request's axis order ("a", "t₂", "b"). */
  names: readonly string[];
  /** The point in a 3-D view's world units ([-1, 1]³), for its marker. */
  world?: [number, number, number];
  /** The nearest grid vertex's class and margin, shown when the worker holds no network. */
  grid?: { predicted: number; margin: number };
}

export interface SliceHover {
  result: SlicePointResult;
  tag: SliceHoverTag;
}

/** Leaving one hovered object for another fires a leave first; a clear waits this long for the next point. */
const LEAVE_GRACE_MS = 80;

/**
 * The hover readout's state: `probe` asks the worker for the image and the network's answer
 * at a slice point (throttled, latest wins: store/slicePointProbe.ts); `leave` clears it.
 */
export function useSlicePointProbe() {
  const [hover, setHover] = useState<SliceHover | null>(null);
  const [error, setError] = useState<string | null>(null);
  const leaving = useRef<number | null>(null);
  const prober = useMemo(
    () =>
      slicePointProber<SliceHoverTag>(
        (result, tag) => {
          setError(null);
          setHover({ result, tag });
        },
        (m) => setError(m),
      ),
    [],
  );
  const api = useMemo(() => {
    const cancelLeave = () => {
      if (leaving.current !== null) clearTimeout(leaving.current);
      leaving.current = null;
    };
    return {
      probe(req: SlicePointRequest, tag: SliceHoverTag) {
        cancelLeave();
        prober.request(req, tag);
      },
      leave() {
        cancelLeave();
        leaving.current = window.setTimeout(() => {
          leaving.current = null;
          prober.clear();
          setHover(null);
        }, LEAVE_GRACE_MS);
      },
      dispose() {
        cancelLeave();
        prober.clear();
      },
    };
  }, [prober]);
  useEffect(() => () => api.dispose(), [api]);
  return { hover, error, probe: api.probe, leave: api.leave };
}

export type SliceProbe = ReturnType<typeof useSlicePointProbe>;
