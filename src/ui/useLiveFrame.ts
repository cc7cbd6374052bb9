import { useEffect } from 'react';
import { live } from '../store/liveData';

/** Calls `draw` on animation frames when live data changed; React does not re-render for it. */
export function useLiveFrame(draw: () => void): void {
  useEffect(() => {
    let raf = 0;
    let seen = -1;
    const loop = () => {
      if (live.version !== seen) {
        seen = live.version;
        draw();
      }
      raf = requestAnimationFrame(loop);
    };
    raf = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(raf);
  }, [draw]);
}
