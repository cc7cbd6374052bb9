import { create } from 'zustand';
import * as Comlink from 'comlink';
import type { Dataset } from '../../core/datasets/types';
import type { AblationResult } from '../../engine/panelTypes';
import { pushNotice, useApp } from '../../store/appStore';
import { getEngine } from '../../store/engineBridge';
import { ablationVariants } from './ablationArms';

export type DrawerTab = 'epochs' | 'ablation';

export interface AblationState {
  running: boolean;
  /** Arm being trained, its epoch and its cap (progress). */
  variant: number;
  epoch: number;
  maxEpochs: number;
  results: AblationResult[] | null;
  /** The data the results were trained on (drawn with them). */
  dataset: Dataset | null;
}

interface PanelsState {
  /** Which side-by-side view is open under the main view, if any. */
  drawer: DrawerTab | null;
  ablation: AblationState;
}

const IDLE: AblationState = { running: false, variant: 0, epoch: 0, maxEpochs: 0, results: null, dataset: null };
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
  if (!engine || !dataset || usePanels.getState().ablation.running) return;
  const set = (patch: Partial<AblationState>) => usePanels.setState((s) => ({ ablation: { ...s.ablation, ...patch } }));
  set({ ...IDLE, running: true });
  try {
    const results = await engine.runAblation(
      { variants: ablationVariants(settings), res: ABLATION_RES },
      Comlink.proxy((variant: number, epoch: number, maxEpochs: number) => set({ variant, epoch, maxEpochs })),
    );
    // Stopped, or the scene changed meanwhile: the results belong to other data.
    if (!results || !sameData(useApp.getState().dataset, dataset)) set({ running: false });
    else set({ running: false, results, dataset });
  } catch (err) {
    set({ running: false });
    pushNotice('error', `The ablation failed: ${String((err as Error)?.message ?? err)}`);
  }
}

export function cancelAblation(): void {
  void getEngine()?.cancelAblation();
}

/** Same points and labels (a reset rebuilds the dataset object but not the data). */
function sameData(a: Dataset | null, b: Dataset | null): boolean {
  if (!a || !b) return a === b;
  const eq = (x: ArrayLike<number>, y: ArrayLike<number>) => x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => v === y[i]);
  return a.manifold.kind === b.manifold.kind && eq(a.points, b.points) && eq(a.labels, b.labels);
}

// New data invalidate the ablation: it was trained on the old points.
useApp.subscribe((s, prev) => {
  if (s.dataset === prev.dataset || !usePanels.getState().ablation.results) return;
  if (!sameData(s.dataset, usePanels.getState().ablation.dataset)) usePanels.setState({ ablation: IDLE });
});
