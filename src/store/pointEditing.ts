import type { Dataset } from '../core/datasets/types';
import { PointHistory, applyEdit, type PointEdit, type PointSet } from './pointHistory';
import { importPointSet } from './pointSetIO';
import { pushNotice, useApp } from './appStore';
import { sessionCommand } from './engineHandle';
import { writeUrl } from './urlSync';

/**
 * Editing the toy points: every change goes through the undo history, updates the dataset the
 * scene draws, tells the engine (which keeps training from the current weights) and the URL.
 */
let history: PointHistory | null = null;
let syncTimer: number | null = null;
let dragging = false;

function setOf(d: Dataset): PointSet {
  return { n: d.n, points: d.points, labels: d.labels };
}

/** Called when a scene loads: start a fresh history from its points. */
export function resetPointHistory(d: Dataset): void {
  history = new PointHistory(setOf(d));
  publishHistoryFlags();
}

function publishHistoryFlags(): void {
  useApp.setState({ canUndo: history?.canUndo ?? false, canRedo: history?.canRedo ?? false });
}

function show(set: PointSet, immediate: boolean): void {
  const d = useApp.getState().dataset;
  if (!d) return;
  const dataset: Dataset = { ...d, points: set.points, labels: set.labels, count: set.labels.length };
  useApp.setState({ dataset, editedPoints: set });
  publishHistoryFlags();
  // Drags send at most ~20 updates a second to the engine; the last one always goes.
  if (syncTimer !== null) clearTimeout(syncTimer);
  const send = () => {
    syncTimer = null;
    const points = set.points.slice();
    const labels = set.labels.slice();
    void sessionCommand((engine) => engine.setPoints(points, labels));
    writeUrl();
  };
  if (immediate) send();
  else syncTimer = window.setTimeout(send, 50);
}

export function editPoints(e: PointEdit): boolean {
  if (!history) return false;
  try {
    show(history.apply(e), true);
    return true;
  } catch (err) {
    pushNotice('warning', (err as Error).message);
    return false;
  }
}

/** Drag a point: the first frame is one undo step, later frames replace it. */
export function dragPoint(index: number, point: ArrayLike<number>, phase: 'start' | 'move' | 'end'): void {
  if (!history) return;
  const e: PointEdit = { kind: 'move', index, point };
  if (phase === 'start' || !dragging) {
    dragging = true;
    show(history.apply(e), false);
  } else {
    show(history.replace(applyEdit(history.current, e)), phase === 'end');
  }
  if (phase === 'end') dragging = false;
}

export function undoPoints(): void {
  if (history?.canUndo) show(history.undo(), true);
}

export function redoPoints(): void {
  if (history?.canRedo) show(history.redo(), true);
}

/** Import a CSV/JSON file; a bad file leaves the current points untouched and says why. */
export function importPoints(text: string, fileName: string): boolean {
  const d = useApp.getState().dataset;
  if (!d || !history) return false;
  const r = importPointSet(text, fileName, { n: d.n, numClasses: d.numClasses, bounds: d.manifold.bounds });
  if (!r.ok) {
    pushNotice('error', r.message);
    return false;
  }
  show(history.push(r.set), true);
  pushNotice('info', `Imported ${r.set.labels.length} points from ${fileName}.`);
  return true;
}
