import type { Manifold } from '../core/datasets/types';
import type { MlpWeights } from '../core/model/mlpWeights';
import { computeBoundary } from './boundary';
import type { TimelinePanel } from './panelTypes';

/** Finest grid a panel may ask for (a panel is small; this bounds the worker's work). */
export const MAX_PANEL_RES = 64;

/**
 * The boundary of each requested epoch that the timeline has recorded (epochs it has not
 * reached are left out), with the buffers to transfer to the page.
 */
export function boundariesOf(
  weightsAt: (epoch: number) => MlpWeights | null,
  manifold: Manifold,
  epochs: number[],
  res: number,
): { panels: TimelinePanel[]; transfer: Transferable[] } {
  const r = Math.max(8, Math.min(MAX_PANEL_RES, Math.round(res)));
  const panels: TimelinePanel[] = [];
  const transfer: Transferable[] = [];
  for (const epoch of new Set(epochs)) {
    const w = weightsAt(epoch);
    if (!w) continue;
    const b = computeBoundary(w, manifold, r);
    panels.push({ epoch, boundary: b.event });
    transfer.push(...b.transfer);
  }
  return { panels, transfer };
}
