import { useApp } from './appStore';
import { attackLive, type Track } from './attackLive';
import { live } from './liveData';

/**
 * Which network an attack ran on. The worker attacks the weights shown (engine/attackApi.ts): a
 * scrubbed timeline entry, or the live weights; the page stamps each request with that epoch.
 * A timeline entry and the live network at the same epoch are the same weights. While training
 * runs, the live epoch is the latest the page has seen (the worker may be a tick ahead); once it
 * stops the stamp is exact.
 */

/** Epoch of the live network as the page last heard of it; null before the first training stats. */
export function liveEpoch(): number | null {
  return live.stats?.epoch ?? live.weights?.epoch ?? null;
}

/** Epoch of the network the view shows now: the scrubbed timeline entry, else the live one. */
export function shownEpoch(): number | null {
  return useApp.getState().viewingEpoch ?? liveEpoch();
}

/**
 * A path computed on another network than the one shown: its boundary is not the one drawn, so
 * its flip, ‖δ‖ and crossing say nothing about this epoch (drawn dimmed, its readout marked).
 */
export function isStale(t: Pick<Track, 'epoch'> | null | undefined, now: number | null = shownEpoch()): boolean {
  return !!t && t.epoch !== null && now !== null && t.epoch !== now;
}

/** Stamp the attack requests that follow with the epoch shown now. */
export function stampRequest(): void {
  attackLive.requestedAt = performance.now();
  attackLive.requestedEpoch = shownEpoch();
}
