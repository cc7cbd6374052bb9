import { useEffect } from 'react';
import { live } from '../store/liveData';

/**
 * Calls `draw` on animation frames when live data changed; React does not re-render for it.
 * `source` is the data whose `version` is watched (the toys' live data by default).
 */
export function useLiveFrame(draw: () => void, source: { readonly version: number } = live): void {
  useEffect(() => {
    let raf = 0;
    let seen = -1;
    const loop = () => {
      if (source.version !== seen) {
        seen = source.version;
        draw();
      }
      raf = requestAnimationFrame(loop);
    };
    raf = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(raf);
  }, [draw, source]);
}
