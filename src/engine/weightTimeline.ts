import { cloneWeights, type MlpWeights } from '../core/model/mlpWeights';
import type { TimelineEntry } from './protocol';
import { thinTimeline } from '../core/timelinePolicy';

interface Recorded extends TimelineEntry {
  weights: MlpWeights;
}

const MAX_TIMELINE = 400;

/** The recorded weight snapshots of one run (at the epochs core/timelinePolicy.ts chooses). */
export class WeightTimeline {
  private items: Recorded[] = [];

  has(epoch: number): boolean {
    return this.items.some((r) => r.epoch === epoch);
  }

  record(entry: Recorded): void {
    if (this.has(entry.epoch)) return;
    this.items.push(entry);
    this.items = thinTimeline(this.items, MAX_TIMELINE);
  }

  weightsAt(epoch: number): MlpWeights | null {
    return this.items.find((r) => r.epoch === epoch)?.weights ?? null;
  }

  /** Drop the snapshots after `epoch` (a restored checkpoint has no such future). */
  truncateAfter(epoch: number): void {
    this.items = this.items.filter((r) => r.epoch <= epoch);
  }

  /** The snapshots with (copies of) their weights, oldest first: what a scene file keeps. */
  snapshots(): Recorded[] {
    return this.items.map((r) => ({ ...r, weights: cloneWeights(r.weights) }));
  }

  /** What the page shows: the entries without their weights. */
  entries(): TimelineEntry[] {
    return this.items.map(({ epoch, clinging, accuracy, loss }) => ({ epoch, clinging, accuracy, loss }));
  }
}
