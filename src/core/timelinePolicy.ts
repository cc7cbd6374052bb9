/**
 * Epochs at which the timeline records a boundary snapshot: the paper's panel epochs
 * (init, 10, 20, 30, 100, 200 — docs/science.md §2) plus a few early ones, then every `every`.
 */
const EARLY = [0, 1, 2, 5, 10, 15, 20, 30, 50, 75, 100, 150, 200];

/** The fixed early snapshot epochs (0 = init) and the default spacing after them, for help texts. */
export const TIMELINE_EARLY_EPOCHS: readonly number[] = EARLY;
export const TIMELINE_EVERY = 100;

export function isTimelineEpoch(epoch: number, every = TIMELINE_EVERY): boolean {
  return EARLY.includes(epoch) || (epoch > 200 && epoch % every === 0);
}

/** The next recorded epoch strictly after `epoch` (so a training burst never skips one). */
export function nextTimelineEpoch(epoch: number, every = TIMELINE_EVERY): number {
  for (const e of EARLY) if (e > epoch) return e;
  return (Math.floor(epoch / every) + 1) * every;
}

/** Keep the timeline bounded: beyond `max` entries drop every other late entry. */
export function thinTimeline<T extends { epoch: number }>(entries: T[], max: number): T[] {
  if (entries.length <= max) return entries;
  const keep = entries.filter((e, i) => EARLY.includes(e.epoch) || i % 2 === 0 || i === entries.length - 1);
  return keep.length < entries.length ? keep : entries.slice(entries.length - max);
}
