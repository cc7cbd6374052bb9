import { create } from 'zustand';
import type { Dataset } from '../core/datasets/types';
import type {
  AdvTrainingOutcome,
  AdvTrainingRequest,
  AlignmentOutcome,
  AlignmentRequest,
  ClaimsRun,
  ParadoxOutcome,
  ParadoxRequest,
} from '../engine/claimsTypes';
import { pushNotice, useApp } from './appStore';
import { getEngine } from './engineHandle';
import { idleJob, runJob, type JobState } from './jobState';

/** One claims experiment in the page: its inputs, the job's state and the data it ran on. */
export interface ClaimsJob<Req, Res> extends JobState<Res> {
  params: Req;
  /** The toy data the result was computed on (drawn with it). */
  dataset: Dataset | null;
}

interface ClaimsState {
  advtrain: ClaimsJob<AdvTrainingRequest, AdvTrainingOutcome>;
  paradox: ClaimsJob<ParadoxRequest, ParadoxOutcome>;
  align: ClaimsJob<AlignmentRequest, AlignmentOutcome>;
}

const idle = <Req, Res>(params: Req): ClaimsJob<Req, Res> => ({ ...idleJob<Res>(), params, dataset: null });

export const useClaims = create<ClaimsState>()(() => ({
  advtrain: idle({ eps: 0.1, norm: 'L2', steps: 10, mix: 0.5, epochs: 300 }),
  paradox: idle({ eps: 0.2, target: 'other', epochs: 2000, norm: 'L2', steps: 20, testCount: 500 }),
  align: idle({ n: 50, k: 2, epochs: 300, every: 20 }),
}));

type Params = { [R in ClaimsRun]: ClaimsState[R]['params'] };

function patch<R extends ClaimsRun>(run: R, p: Partial<ClaimsState[R]>): void {
  useClaims.setState((s) => ({ [run]: { ...s[run], ...p } }) as Partial<ClaimsState>);
}

export function setClaimsParams<R extends ClaimsRun>(run: R, p: Partial<Params[R]>): void {
  patch(run, { params: { ...useClaims.getState()[run].params, ...p } } as Partial<ClaimsState[R]>);
}

const label: Record<ClaimsRun, string> = {
  advtrain: 'Adversarial training',
  paradox: 'The mislabelled-data paradox',
  align: 'Gradient alignment',
};

/** Run one experiment in the worker; keeps the result unless it was cancelled. */
export async function runClaims(run: ClaimsRun): Promise<void> {
  const engine = getEngine();
  if (!engine) return;
  const dataset = useApp.getState().dataset;
  const slot = {
    get: () => useClaims.getState()[run] as JobState<unknown>,
    set: (p: Partial<JobState<unknown>>) => patch(run, p as Partial<ClaimsState[typeof run]>),
  };
  const result = await runJob<unknown>(
    slot,
    (progress, signal) => {
      const { advtrain, paradox, align } = useClaims.getState();
      if (run === 'advtrain') return engine.runAdvTrainingComparison(advtrain.params, progress, signal);
      if (run === 'paradox') return engine.runParadox(paradox.params, progress, signal);
      return engine.runGradientAlignment(align.params, progress, signal);
    },
    { total: 1 },
  );
  if (result) patch(run, { dataset });
  const { error } = useClaims.getState()[run];
  if (error) {
    patch(run, { stage: `${label[run]} failed: ${error}` });
    pushNotice('error', `${label[run]} failed: ${error}`, { scope: 'claims' });
  }
}

export function cancelClaims(run: ClaimsRun): void {
  useClaims.getState()[run].cancel?.();
}
