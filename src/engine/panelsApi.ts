import * as Comlink from 'comlink';
import { currentSession } from './engineState';
import { runAblationOn } from './panelAblation';
import { boundariesOf } from './panelTimeline';
import type { AblationProgress, AblationRequest, AblationResult, TimelineBoundariesRequest, TimelinePanel } from './panelTypes';

/**
 * Worker commands of the side-by-side views (issue 5): the paper's epoch panels from the
 * recorded timeline, and the init-scale / weight-decay ablation on the current data.
 * The worker spreads this object into its API.
 */
let generation = 0;
const MAX_VARIANTS = 6;

export const panelsApi = {
  /** Boundaries of the recorded timeline epochs asked for (unrecorded ones are left out). */
  async timelineBoundaries(req: TimelineBoundariesRequest): Promise<TimelinePanel[]> {
    const s = currentSession();
    if (!s) return [];
    const { manifold } = await s.snapshot();
    const { panels, transfer } = boundariesOf((e) => s.timelineWeights(e), manifold, req.epochs, req.res);
    return Comlink.transfer(panels, transfer);
  },

  /**
   * Train each variant on the current session's data (plain-JS trainer, yielding between
   * bursts) and return its final C, accuracy and boundary. A newer call or cancelAblation()
   * stops a running one, which then returns null.
   */
  async runAblation(req: AblationRequest, onProgress?: AblationProgress): Promise<AblationResult[] | null> {
    const s = currentSession();
    if (!s) return null;
    if (req.variants.length === 0 || req.variants.length > MAX_VARIANTS) throw new Error(`an ablation takes 1 to ${MAX_VARIANTS} variants`);
    const gen = ++generation;
    const { manifold, scene } = await s.snapshot();
    const out = await runAblationOn(scene, manifold, req.variants, Math.min(64, req.res), {
      onProgress: onProgress ? (v, e, m) => void onProgress(v, e, m) : undefined,
      shouldStop: () => gen !== generation,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    return out ? Comlink.transfer(out.results, out.transfer) : null;
  },

  cancelAblation(): void {
    generation++;
  },
};
