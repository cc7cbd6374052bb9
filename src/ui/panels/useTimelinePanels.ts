import { useEffect, useReducer, useRef } from 'react';
import type { BoundaryPayload } from '../../engine/panelTypes';
import type { TimelineEntry } from '../../engine/protocol';
import { useApp } from '../../store/appStore';
import { getEngine } from '../../store/engineBridge';

interface Cached {
  key: string;
  boundary: BoundaryPayload;
}

/**
 * An entry's boundary depends only on its weights: the key changes when the entry is recorded
 * anew (a new scene, a restored checkpoint), not when points are dragged.
 */
const keyOf = (t: TimelineEntry) => `${t.epoch}:${t.clinging}:${t.loss}`;

/**
 * The boundaries of the recorded timeline epochs among `epochs`, fetched from the worker once
 * per recorded entry as the timeline grows.
 */
export function useTimelinePanels(epochs: readonly number[], res: number): Map<number, BoundaryPayload> {
  const timeline = useApp((s) => s.timeline);
  const ready = useApp((s) => s.engineStatus === 'ready');
  const cache = useRef(new Map<number, Cached>());
  const pending = useRef(new Set<string>());
  const [, redraw] = useReducer((x: number) => x + 1, 0);

  useEffect(() => {
    const wanted = timeline.filter((t) => epochs.includes(t.epoch));
    let dropped = false;
    for (const [e, c] of [...cache.current]) {
      if (!wanted.some((t) => keyOf(t) === c.key)) dropped = cache.current.delete(e) || dropped;
    }
    if (dropped) redraw();
    const engine = getEngine();
    const todo = wanted.filter((t) => !cache.current.has(t.epoch) && !pending.current.has(keyOf(t)));
    if (!engine || !ready || todo.length === 0) return;
    todo.forEach((t) => pending.current.add(keyOf(t)));
    engine
      .timelineBoundaries({ epochs: todo.map((t) => t.epoch), res })
      .then((panels) => {
        const now = useApp.getState().timeline;
        for (const p of panels) {
          const key = keyOf(todo.find((t) => t.epoch === p.epoch)!);
          // Keep it only if that entry is still the one recorded (no reset meanwhile).
          if (now.some((t) => keyOf(t) === key)) cache.current.set(p.epoch, { key, boundary: p.boundary });
        }
        redraw();
      })
      .catch(() => undefined) // the engine restarted; its next timeline asks again
      .finally(() => todo.forEach((t) => pending.current.delete(keyOf(t))));
  }, [timeline, epochs, res, ready]);

  const out = new Map<number, BoundaryPayload>();
  for (const [e, c] of cache.current) out.set(e, c.boundary);
  return out;
}
