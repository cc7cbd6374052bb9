import { create } from 'zustand';
import type { Dataset } from '../core/datasets/types';
import type { ImageClaimEstimate, ImageClaimOutcomes, ImageClaimRequests, ImageClaimRun } from '../engine/claimsImageTypes';
import type {
  AdvTrainingOutcome,
  AdvTrainingRequest,
  AlignmentOutcome,
  AlignmentRequest,
  ClaimsRun,
  ParadoxOutcome,
  ParadoxRequest,
} from '../engine/claimsTypes';
import { clearRunNotices, pushNotice, useApp } from './appStore';
import { getEngine } from './engineHandle';
import { idleJob, runJob, type JobState } from './jobState';

/** One claims experiment in the page: its inputs, the job's state and the data it ran on. */
export interface ClaimsJob<Req, Res> extends JobState<Res> {
  params: Req;
  /** The toy data the result was computed on (drawn with it); null for the image runs. */
  dataset: Dataset | null;
}

/** The time estimate of an image run for the params it was measured with (`key`). */
export type ClaimsEstimate =
  | { status: 'none' }
  | { status: 'measuring'; key: string }
  | ({ status: 'ready'; key: string } & ImageClaimEstimate)
  | { status: 'failed'; key: string; error: string };

/** Any job slot of the Claims view: the toy runs and the image runs. */
export type ClaimsSlot = ClaimsRun | ImageClaimRun;

type ImageJobs = { [R in ImageClaimRun]: ClaimsJob<ImageClaimRequests[R], ImageClaimOutcomes[R]> };

interface ClaimsState extends ImageJobs {
  advtrain: ClaimsJob<AdvTrainingRequest, AdvTrainingOutcome>;
  paradox: ClaimsJob<ParadoxRequest, ParadoxOutcome>;
  align: ClaimsJob<AlignmentRequest, AlignmentOutcome>;
  /** Which data each claim runs on: the toy scene, or the image data of its image slot. */
  source: Record<ClaimsRun, 'toy' | 'images'>;
  estimate: Record<ImageClaimRun, ClaimsEstimate>;
}

/** The image run of each claim. */
export const IMAGE_SLOT: Record<ClaimsRun, ImageClaimRun> = { advtrain: 'advtrainImages', paradox: 'paradoxImages', align: 'alignImages' };

const idle = <Req, Res>(params: Req): ClaimsJob<Req, Res> => ({ ...idleJob<Res>(), params, dataset: null });
const base = { dataset: 'mnist14', testCount: 1000, lr: 0.001, batch: 64, seed: 1 } as const;

/** The toy cards' starting requests (the lecture quotes runs made with them). */
export const ADV_TOY_DEFAULTS = { eps: 0.1, norm: 'L2', steps: 10, mix: 0.5, epochs: 300 } as const;
export const PARADOX_TOY_DEFAULTS = { eps: 0.2, target: 'other', epochs: 2000, norm: 'L2', steps: 20, testCount: 500 } as const;

export const useClaims = create<ClaimsState>()(() => ({
  advtrain: idle({ ...ADV_TOY_DEFAULTS }),
  paradox: idle({ ...PARADOX_TOY_DEFAULTS }),
  align: idle({ n: 50, k: 2, epochs: 300, every: 20 }),
  advtrainImages: idle({
    ...base,
    trainCount: 1000,
    hidden: [256, 256],
    norm: 'L2',
    eps: 0.5,
    steps: 7,
    mix: 0.5,
    epochs: 3,
    evalCount: 30,
    aeK: 16,
  }),
  paradoxImages: idle({
    ...base,
    trainCount: 1000,
    hidden: [256, 256],
    norm: 'L2',
    eps: 1.5,
    steps: 30,
    targets: ['random', 'next'],
    n2Epochs: 10,
  }),
  alignImages: idle({ ...base, trainCount: 500, testCount: 200, hidden: [128], epochs: 10, every: 1, aeK: 16 }),
  source: { advtrain: 'toy', paradox: 'toy', align: 'toy' },
  estimate: { advtrainImages: { status: 'none' }, paradoxImages: { status: 'none' }, alignImages: { status: 'none' } },
}));

/** The job slot of each run, by its key. */
export type ClaimsJobOf<R extends ClaimsSlot> = ClaimsState[R];

export type ClaimsParams = { [R in ClaimsSlot]: ClaimsState[R]['params'] };

function patch<R extends ClaimsSlot>(run: R, p: Partial<ClaimsState[R]>): void {
  useClaims.setState((s) => ({ [run]: { ...s[run], ...p } }) as Partial<ClaimsState>);
}

export function setClaimsParams<R extends ClaimsSlot>(run: R, p: Partial<ClaimsParams[R]>): void {
  patch(run, { params: { ...useClaims.getState()[run].params, ...p } } as Partial<ClaimsState[R]>);
}

export function setClaimsSource(run: ClaimsRun, source: 'toy' | 'images'): void {
  useClaims.setState((s) => ({ source: { ...s.source, [run]: source } }));
}

const label: Record<ClaimsSlot, string> = {
  advtrain: 'Adversarial training',
  paradox: 'The mislabelled-data paradox',
  align: 'Gradient alignment',
  advtrainImages: 'Adversarial training on images',
  paradoxImages: 'The mislabelled-data paradox on images',
  alignImages: 'Gradient alignment on images',
};

/** The folder that serves public/data, as the worker must fetch it. */
const dataBase = () => new URL('data/', document.baseURI).href;

/** Run one experiment in the worker; keeps the result unless it was cancelled. */
export async function runClaims(run: ClaimsSlot): Promise<void> {
  const engine = getEngine();
  if (!engine) return;
  const dataset = run in IMAGE_SLOT ? useApp.getState().dataset : null;
  if (!useClaims.getState()[run].running) clearRunNotices(`claims-${run}`);
  const slot = {
    get: () => useClaims.getState()[run] as JobState<unknown>,
    set: (p: Partial<JobState<unknown>>) => patch(run, p as Partial<ClaimsState[typeof run]>),
  };
  const result = await runJob<unknown>(
    slot,
    (progress, signal) => {
      const s = useClaims.getState();
      if (run === 'advtrain') return engine.runAdvTrainingComparison(s.advtrain.params, progress, signal);
      if (run === 'paradox') return engine.runParadox(s.paradox.params, progress, signal);
      if (run === 'align') return engine.runGradientAlignment(s.align.params, progress, signal);
      return engine.runImageClaim(run, s[run].params, dataBase(), progress, signal);
    },
    { total: 1 },
  );
  if (result) patch(run, { dataset });
  const { error } = useClaims.getState()[run];
  if (error) {
    patch(run, { stage: `${label[run]} failed: ${error}` });
    pushNotice('error', `${label[run]} failed: ${error}`, { scope: 'claims', run: `claims-${run}` });
  }
}

export function cancelClaims(run: ClaimsSlot): void {
  useClaims.getState()[run].cancel?.();
}

/** Params as a key that does not depend on the order of their fields. */
export const paramsKey = (p: object): string => JSON.stringify(p, Object.keys(p).sort());

/** The key an estimate belongs to: the params it was measured for. */
const estimateKey = (run: ImageClaimRun): string => paramsKey(useClaims.getState()[run].params);

/** Measure the time estimate of an image run for its current params (skipped while it runs). */
export async function estimateClaims(run: ImageClaimRun): Promise<void> {
  const engine = getEngine();
  const s = useClaims.getState();
  const key = estimateKey(run);
  if (!engine || s[run].running) return;
  const set = (e: ClaimsEstimate) => useClaims.setState((st) => ({ estimate: { ...st.estimate, [run]: e } }));
  set({ status: 'measuring', key });
  try {
    const e = await engine.estimateImageClaim(run, s[run].params, dataBase());
    if (estimateKey(run) === key) set({ status: 'ready', key, ...e });
  } catch (err) {
    if (estimateKey(run) === key) set({ status: 'failed', key, error: String((err as Error)?.message ?? err) });
  }
}
