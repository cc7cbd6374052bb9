/**
 * Worker commands for the claims on image data: a time estimate before a run, and the three
 * runs of engine/claimsImageRuns.ts (the functions the CLI calls) with progress to the call's
 * callback, a yield between steps and cancel through its AbortSignal (null when cancelled).
 * File access is injected so the tests can run these commands on files read from disk.
 */
import { autoencoderKOf, claimsImageCache, type ClaimsImageSource } from './claimsImageData';
import { estimateImageClaim } from './claimsImageCost';
import { checkImageAdv, checkImageAlign, checkImageParadox } from './claimsImageRequests';
import { IMAGE_CLAIM_RUNS, type ImageRunHooks } from './claimsImageRuns';
import type { ImageClaimEstimate, ImageClaimOutcomes, ImageClaimRequests, ImageClaimRun } from './claimsImageTypes';
import { guarded, yielder } from './claimsRuns';
import { withJob, type JobControl } from './jobControl';
import type { JobProgress, ProgressCallback } from './jobTypes';

const CHECK: { [R in ImageClaimRun]: (r: ImageClaimRequests[R]) => ImageClaimRequests[R] } = {
  advtrainImages: checkImageAdv,
  paradoxImages: checkImageParadox,
  alignImages: checkImageAlign,
};

/** A job's run hooks: yield/cancel at every checkpoint, progress through the throttled callback. */
const runHooks = (job: JobControl<JobProgress>): ImageRunHooks => ({
  checkpoint: yielder(job),
  tell: (stage, done, total) => job.tell({ stage, done, total }),
});

export function makeClaimsImageApi(source: (dataBase: string) => ClaimsImageSource) {
  const load = claimsImageCache(source);
  return {
    /** Seconds `run` should take with `req` (unit costs timed here, on this data and network shape). */
    async estimateImageClaim<R extends ImageClaimRun>(run: R, req: ImageClaimRequests[R], dataBase: string): Promise<ImageClaimEstimate> {
      const r = CHECK[run](req);
      return estimateImageClaim(run, await load(r.dataset, autoencoderKOf(run, r), dataBase), r);
    },

    /**
     * Run image claim `run` with `req` on the data under `dataBase` (loaded once, then reused):
     * progress to `progress`, null when `signal` aborts it, an Error naming a bad input.
     */
    runImageClaim<R extends ImageClaimRun>(
      run: R,
      req: ImageClaimRequests[R],
      dataBase: string,
      progress?: ProgressCallback,
      signal?: AbortSignal,
    ): Promise<ImageClaimOutcomes[R] | null> {
      return withJob(progress, signal, (c) =>
        guarded(async () => {
          const r = CHECK[run](req);
          c.tell({ stage: `loading ${r.dataset} and its models`, done: 0, total: 1 });
          const data = await load(r.dataset, autoencoderKOf(run, r), dataBase);
          if (c.shouldStop()) return null;
          return IMAGE_CLAIM_RUNS[run](data, r, runHooks(c));
        }),
      );
    },
  };
}
