import * as Comlink from 'comlink';
import { currentSession } from './engineState';
import { withJob } from './jobControl';
import type { ProgressCallback } from './jobTypes';
import { runAblationOn } from './panelAblation';
import { boundariesOf } from './panelTimeline';
import type { AblationProgress, AblationRequest, AblationResult, TimelineBoundariesRequest, TimelinePanel } from './panelTypes';

/**
 * Worker commands of the side-by-side views: the paper's epoch panels from the
 * recorded timeline, and the init-scale / weight-decay ablation on the current data.
 * The worker spreads this object into its API.
 */
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
   * bursts) and return its final C, accuracy and boundary. Progress goes to `progress`; an
   * abort of `signal` stops the run, which then returns null.
   */
  async runAblation(
    req: AblationRequest,
    progress?: ProgressCallback<AblationProgress>,
    signal?: AbortSignal,
  ): Promise<AblationResult[] | null> {
    const s = currentSession();
    if (!s) return null;
    if (req.variants.length === 0 || req.variants.length > MAX_VARIANTS) throw new Error(`an ablation takes 1 to ${MAX_VARIANTS} variants`);
    const { manifold, scene } = await s.snapshot();
    return withJob(progress, signal, async (job) => {
      const out = await runAblationOn(scene, manifold, req.variants, Math.min(64, req.res), {
        onProgress: (variant, done, total) => job.tell({ stage: `arm ${variant + 1} of ${req.variants.length}`, variant, done, total }),
        shouldStop: job.shouldStop,
        pause: job.pause,
      });
      return out ? Comlink.transfer(out.results, out.transfer) : null;
    });
  },
};
