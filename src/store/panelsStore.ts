import { create } from 'zustand';
import type { Dataset } from '../core/datasets/types';
import type { AblationProgress, AblationResult } from '../engine/panelTypes';
import { clearRunNotices, pushNotice, useApp } from './appStore';
import { getEngine } from './engineHandle';
import { ablationVariants } from './ablationArms';
import { idleJob, runJob, type JobState } from './jobState';

export type DrawerTab = 'epochs' | 'ablation';

/** The ablation as a job: done/total are the epoch of arm `variant` and its cap. */
export interface AblationState extends JobState<AblationResult[]> {
  variant: number;
  /** The data the results were trained on (drawn with them). */
  dataset: Dataset | null;
}

interface PanelsState {
  /** Which side-by-side view is open under the main view, if any. */
  drawer: DrawerTab | null;
  ablation: AblationState;
}

const IDLE: AblationState = { ...idleJob<AblationResult[]>(), variant: 0, dataset: null };
/** Grid resolution of the ablation boundaries (per axis). */
const ABLATION_RES = 40;

export const usePanels = create<PanelsState>()(() => ({ drawer: null, ablation: IDLE }));

export function openDrawer(drawer: DrawerTab | null): void {
  usePanels.setState({ drawer });
}

/** Train the ablation arms on the current data in the worker and keep their results. */
export async function runAblation(): Promise<void> {
  const engine = getEngine();
  const { settings, dataset } = useApp.getState();
  if (!engine || !dataset) return;
  const set = (patch: Partial<AblationState>) => usePanels.setState((s) => ({ ablation: { ...s.ablation, ...patch } }));
  if (usePanels.getState().ablation.running) return;
  clearRunNotices('ablation');
  // Each run starts from empty panels: they show which arm is training.
  set({ result: null, dataset: null, variant: 0 });
  const variants = ablationVariants(settings);
  const results = await runJob<AblationResult[], AblationProgress>(
    { get: () => usePanels.getState().ablation, set },
    (progress, signal) => engine.runAblation({ variants, res: ABLATION_RES }, progress, signal),
    {
      onProgress: (p) => set({ variant: p.variant }),
      // The scene changed meanwhile: the results belong to other data.
      keep: () => sameData(useApp.getState().dataset, dataset),
    },
  );
  if (results) set({ dataset });
  const { error } = usePanels.getState().ablation;
  if (error) pushNotice('error', `The ablation failed: ${error}`, { run: 'ablation' });
}

export function cancelAblation(): void {
  usePanels.getState().ablation.cancel?.();
}

/** Same points and labels (a reset rebuilds the dataset object but not the data). */
export function sameData(a: Dataset | null, b: Dataset | null): boolean {
  if (!a || !b) return a === b;
  const eq = (x: ArrayLike<number>, y: ArrayLike<number>) =>
    x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => v === y[i]);
  return a.manifold.kind === b.manifold.kind && eq(a.points, b.points) && eq(a.labels, b.labels);
}

// New data invalidate the ablation: it was trained on the old points.
useApp.subscribe((s, prev) => {
  if (s.dataset === prev.dataset || !usePanels.getState().ablation.result) return;
  if (!sameData(s.dataset, usePanels.getState().ablation.dataset)) usePanels.setState({ ablation: IDLE });
});
