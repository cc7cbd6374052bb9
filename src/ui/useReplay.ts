import { useEffect, useRef, useState } from 'react';

/**
 * Replay of recorded snapshots: `show` each of `entries()` in turn (awaited, so a snapshot that
 * must be fetched is drawn before the next), `periodMs` apart, until the last or a stop.
 * Returns whether it is replaying and the Replay / Stop toggle.
 */
export function useReplay<T>(entries: () => readonly T[], show: (entry: T) => unknown, periodMs: number): [boolean, () => void] {
  const [replaying, setReplaying] = useState(false);
  const latest = useRef({ entries, show });
  latest.current = { entries, show };
  useEffect(() => {
    if (!replaying) return;
    let i = 0,
      timer = 0,
      stopped = false;
    const tick = async () => {
      const list = latest.current.entries();
      if (stopped || i >= list.length) return setReplaying(false);
      await latest.current.show(list[i++]);
      if (!stopped) timer = window.setTimeout(() => void tick(), periodMs);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [replaying, periodMs]);
  return [replaying, () => setReplaying((r) => !r)];
}
