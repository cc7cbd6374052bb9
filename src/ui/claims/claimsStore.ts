import { create } from 'zustand';
import type { Dataset } from '../../core/datasets/types';
import type {
  AdvTrainingOutcome, AdvTrainingRequest, AlignmentOutcome, AlignmentRequest, ClaimsProgressEvent, ClaimsRun, ParadoxOutcome, ParadoxRequest,
} from '../../engine/claimsTypes';
import { pushNotice, useApp } from '../../store/appStore';
import { getEngine } from '../../store/engineBridge';

/** One claims experiment in the page: its inputs, progress and last result. */
export interface RunState<Req, Res> {
  params: Req;
  running: boolean;
  stage: string;
  done: number;
  total: number;
  result: Res | null;
  /** The toy data the result was computed on (drawn with it). */
  dataset: Dataset | null;
}

interface ClaimsState {
  advtrain: RunState<AdvTrainingRequest, AdvTrainingOutcome>;
  paradox: RunState<ParadoxRequest, ParadoxOutcome>;
  align: RunState<AlignmentRequest, AlignmentOutcome>;
}

const idle = <Req, Res>(params: Req): RunState<Req, Res> => ({ params, running: false, stage: '', done: 0, total: 0, result: null, dataset: null });

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

export function onClaimsProgress(e: ClaimsProgressEvent): void {
  if (useClaims.getState()[e.run].running) patch(e.run, { stage: e.stage, done: e.done, total: e.total });
}

const label: Record<ClaimsRun, string> = { advtrain: 'Adversarial training', paradox: 'The mislabelled-data paradox', align: 'Gradient alignment' };

/** Run one experiment in the worker; keeps the result unless it was cancelled. */
export async function runClaims(run: ClaimsRun): Promise<void> {
  const engine = getEngine();
  const st = useClaims.getState()[run];
  if (!engine || st.running) return;
  const dataset = useApp.getState().dataset;
  patch(run, { running: true, stage: 'starting', done: 0, total: 1 });
  try {
    let result: unknown;
    if (run === 'advtrain') result = await engine.runAdvTrainingComparison(useClaims.getState().advtrain.params);
    else if (run === 'paradox') result = await engine.runParadox(useClaims.getState().paradox.params);
    else result = await engine.runGradientAlignment(useClaims.getState().align.params);
    if (result) patch(run, { running: false, stage: 'done', result, dataset } as Partial<ClaimsState[typeof run]>);
    else patch(run, { running: false, stage: 'cancelled' });
  } catch (err) {
    const message = `${label[run]} failed: ${String((err as Error)?.message ?? err)}`;
    patch(run, { running: false, stage: message });
    pushNotice('error', message);
  }
}

export function cancelClaims(run: ClaimsRun): void {
  void getEngine()?.cancelClaims(run);
}
