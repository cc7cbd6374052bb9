/**
 * Worker commands for the claims on image data: a time estimate before a run, and the three
 * runs of engine/claimsImageRuns.ts (the functions the CLI calls) with progress to the call's
 * callback, a yield between steps and cancel through its AbortSignal (null when cancelled).
 * File access is injected so the tests can run these commands on files read from disk.
 */
import { claimsImageCache, type ClaimsImageSource, type ClaimsImages } from './claimsImageData';
import { estimateImageClaim } from './claimsImageCost';
import { checkImageAdv, checkImageAlign, checkImageParadox } from './claimsImageRequests';
import { advTrainingOnImages, alignmentOnImages, paradoxOnImages, type ImageRunHooks } from './claimsImageRuns';
import type {
  ImageAdvOutcome,
  ImageAdvRequest,
  ImageAlignOutcome,
  ImageAlignRequest,
  ImageClaimEstimate,
  ImageClaimRequests,
  ImageClaimRun,
  ImageParadoxOutcome,
  ImageParadoxRequest,
} from './claimsImageTypes';
import { guarded, hooksOf, yielder } from './claimsRuns';
import { withJob, type JobControl } from './jobControl';
import type { JobProgress, ProgressCallback } from './jobTypes';

/** The paradox needs only the classifier; it loads the k of the other runs' default. */
const PARADOX_K = 16;

const CHECK: { [R in ImageClaimRun]: (r: ImageClaimRequests[R]) => ImageClaimRequests[R] } = {
  advtrainImages: checkImageAdv,
  paradoxImages: checkImageParadox,
  alignImages: checkImageAlign,
};

const kOf = (run: ImageClaimRun, r: ImageClaimRequests[ImageClaimRun]): number =>
  'aeK' in r && run !== 'paradoxImages' ? r.aeK : PARADOX_K;

/** A job's run hooks: yield/cancel at every checkpoint, progress through the throttled callback. */
const runHooks = (job: JobControl<JobProgress>): ImageRunHooks => ({
  checkpoint: yielder(hooksOf(job)),
  tell: (stage, done, total) => job.tell({ stage, done, total }),
});

export function makeClaimsImageApi(source: (dataBase: string) => ClaimsImageSource) {
  const load = claimsImageCache(source);

  /** Load (or reuse) the data of `req`, then run it as one job. */
  function job<R extends ImageClaimRun, T>(
    run: R,
    req: ImageClaimRequests[R],
    dataBase: string,
    body: (data: ClaimsImages, hooks: ImageRunHooks) => Promise<T>,
    progress?: ProgressCallback,
    signal?: AbortSignal,
  ): Promise<T | null> {
    return withJob(progress, signal, (c) =>
      guarded(async () => {
        const r = CHECK[run](req);
        c.tell({ stage: `loading ${r.dataset} and its models`, done: 0, total: 1 });
        const data = await load(r.dataset, kOf(run, r), dataBase);
        if (c.shouldStop()) return null;
        return body(data, runHooks(c));
      }),
    );
  }

  return {
    /** Seconds `run` should take with `req` (unit costs timed here, on this data and network shape). */
    async estimateImageClaim<R extends ImageClaimRun>(run: R, req: ImageClaimRequests[R], dataBase: string): Promise<ImageClaimEstimate> {
      const r = CHECK[run](req);
      return estimateImageClaim(run, await load(r.dataset, kOf(run, r), dataBase), r);
    },

    runImageAdvTraining(
      req: ImageAdvRequest,
      dataBase: string,
      progress?: ProgressCallback,
      signal?: AbortSignal,
    ): Promise<ImageAdvOutcome | null> {
      return job('advtrainImages', req, dataBase, (data, hooks) => advTrainingOnImages(data, req, hooks), progress, signal);
    },

    runImageParadox(
      req: ImageParadoxRequest,
      dataBase: string,
      progress?: ProgressCallback,
      signal?: AbortSignal,
    ): Promise<ImageParadoxOutcome | null> {
      return job('paradoxImages', req, dataBase, (data, hooks) => paradoxOnImages(data, req, hooks), progress, signal);
    },

    runImageAlignment(
      req: ImageAlignRequest,
      dataBase: string,
      progress?: ProgressCallback,
      signal?: AbortSignal,
    ): Promise<ImageAlignOutcome | null> {
      return job('alignImages', req, dataBase, (data, hooks) => alignmentOnImages(data, req, hooks), progress, signal);
    },
  };
}
