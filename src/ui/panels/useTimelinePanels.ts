import { useEffect, useReducer, useRef } from 'react';
import type { Dataset } from '../../core/datasets/types';
import type { BoundaryPayload } from '../../engine/panelTypes';
import type { TimelineEntry } from '../../engine/protocol';
import { useApp } from '../../store/appStore';
import { getEngine } from '../../store/engineBridge';

interface Cache {
  dataset: Dataset | null;
  /** Per epoch: the boundary and the timeline entry it was drawn from. */
  entries: Map<number, { key: string; boundary: BoundaryPayload }>;
  pending: Set<string>;
}

/** A re-recorded entry (after a checkpoint restore) has other numbers, hence another key. */
const keyOf = (t: TimelineEntry) => `${t.epoch}:${t.clinging}:${t.loss}`;

/**
 * The boundaries of the recorded timeline epochs among `epochs`, fetched from the worker once
 * each as the timeline records them (and again after a new scene or a restored checkpoint).
 */
export function useTimelinePanels(epochs: readonly number[], res: number): Map<number, BoundaryPayload> {
  const timeline = useApp((s) => s.timeline);
  const dataset = useApp((s) => s.dataset);
  const ready = useApp((s) => s.engineStatus === 'ready');
  const cache = useRef<Cache>({ dataset: null, entries: new Map(), pending: new Set() });
  const [, redraw] = useReducer((x: number) => x + 1, 0);

  useEffect(() => {
    const c = cache.current;
    if (c.dataset !== dataset) cache.current = { dataset, entries: new Map(), pending: new Set() };
    const cur = cache.current;
    const wanted = timeline.filter((t) => epochs.includes(t.epoch));
    let changed = cur !== c;
    for (const e of [...cur.entries.keys()]) {
      if (!wanted.some((t) => t.epoch === e)) changed = cur.entries.delete(e) || changed;
    }
    if (changed) redraw();
    const engine = getEngine();
    const todo = wanted.filter((t) => cur.entries.get(t.epoch)?.key !== keyOf(t) && !cur.pending.has(keyOf(t)));
    if (!engine || !ready || !dataset || todo.length === 0) return;
    todo.forEach((t) => cur.pending.add(keyOf(t)));
    engine
      .timelineBoundaries({ epochs: todo.map((t) => t.epoch), res })
      .then((panels) => {
        for (const p of panels) cur.entries.set(p.epoch, { key: keyOf(todo.find((t) => t.epoch === p.epoch)!), boundary: p.boundary });
        if (cache.current === cur) redraw();
      })
      .catch(() => undefined) // the engine restarted; the next timeline asks again
      .finally(() => todo.forEach((t) => cur.pending.delete(keyOf(t))));
  }, [timeline, dataset, epochs, res, ready]);

  return new Map([...cache.current.entries].map(([e, v]) => [e, v.boundary]));
}
