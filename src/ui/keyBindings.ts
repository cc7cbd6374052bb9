import { useApp } from '../store/appStore';
import { rerunLast } from '../store/attackActions';
import { controls } from '../store/engineBridge';
import { redoPoints, undoPoints } from '../store/pointEditing';
import { exitLecture, nextStep, prevStep, startLecture, togglePresenter, useLecture } from './lecture/lectureStore';
import { openDrawer, usePanels } from '../store/panelsStore';

/**
 * Every keyboard shortcut of the app, once: useKeyboard.ts dispatches through this table and
 * the help overlay lists it. The first binding that matches a key press wins, so context-bound
 * keys (the lecture's arrows and Esc) come before the general ones they shadow.
 */
export interface KeyBinding {
  /** KeyboardEvent.key values that trigger it. */
  readonly keys: readonly string[];
  /** Needs Ctrl (or Cmd); with `shift`, also Shift. Plain bindings ignore presses with Ctrl, Cmd or Alt. */
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  /** Keys as the help overlay shows them. */
  readonly label: readonly string[];
  readonly help: string;
  /** 'lecture': only while the lecture runs (listed apart in the help). */
  readonly context?: 'lecture';
  /** When false the press falls through to the next binding. */
  readonly when?: () => boolean;
  readonly run: (key: string) => void;
}

const inLecture = () => useLecture.getState().active;

/** Step the timeline view one snapshot back or forward (from the live run: the last snapshot). */
function stepTimeline(dir: -1 | 1): void {
  const { timeline, viewingEpoch } = useApp.getState();
  if (timeline.length === 0) return;
  const i = viewingEpoch === null ? timeline.length - 1 : timeline.findIndex((x) => x.epoch === viewingEpoch);
  const j = Math.min(timeline.length - 1, Math.max(0, i + dir));
  controls.scrub(timeline[j].epoch);
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: ['z', 'Z'], ctrl: true, shift: true, label: ['Ctrl', 'Shift', 'Z'], help: 'redo a point edit', run: redoPoints },
  { keys: ['z', 'Z'], ctrl: true, label: ['Ctrl', 'Z'], help: 'undo a point edit', run: undoPoints },
  { keys: ['l'], label: ['L'], help: 'start / leave the lecture', run: () => (inLecture() ? exitLecture() : startLecture()) },
  { keys: ['ArrowRight', 'PageDown'], label: ['→'], help: 'next step (also PgDn)', context: 'lecture', run: nextStep },
  { keys: ['ArrowLeft', 'PageUp'], label: ['←'], help: 'previous step (also PgUp)', context: 'lecture', run: prevStep },
  { keys: ['f'], label: ['F'], help: 'presenter view', context: 'lecture', run: togglePresenter },
  {
    keys: ['Escape'],
    label: ['Esc'],
    help: 'leave the lecture (when the help is closed)',
    context: 'lecture',
    when: () => !useApp.getState().helpOpen,
    run: exitLecture,
  },
  {
    keys: ['p'],
    label: ['P'],
    help: 'show / hide the side-by-side panels',
    run: () => openDrawer(usePanels.getState().drawer ? null : 'epochs'),
  },
  {
    keys: ['Escape'],
    label: ['Esc'],
    help: 'close the side-by-side panels',
    when: () => usePanels.getState().drawer !== null && !useApp.getState().helpOpen,
    run: () => openDrawer(null),
  },
  { keys: [' '], label: ['Space'], help: 'train / pause', run: () => controls.toggle() },
  { keys: ['s'], label: ['S'], help: 'one epoch', run: () => controls.step() },
  { keys: ['r'], label: ['R'], help: 'reset the network', run: () => controls.reset() },
  { keys: ['v'], label: ['V'], help: 'reset the view', run: () => useApp.setState((s) => ({ cameraResetToken: s.cameraResetToken + 1 })) },
  {
    keys: ['ArrowLeft', 'ArrowRight'],
    label: ['←', '→'],
    help: 'step through the timeline',
    run: (k) => stepTimeline(k === 'ArrowLeft' ? -1 : 1),
  },
  { keys: ['a'], label: ['A'], help: 'attack the last clicked point again', run: rerunLast },
  {
    keys: ['e'],
    label: ['E'],
    help: 'switch between attack and edit mode',
    run: () => useApp.setState((s) => ({ mode: s.mode === 'edit' ? 'attack' : 'edit' })),
  },
  { keys: ['?'], label: ['?'], help: 'open / close this help', run: () => useApp.setState((s) => ({ helpOpen: !s.helpOpen })) },
  { keys: ['Escape'], label: ['Esc'], help: 'close this help', run: () => useApp.setState({ helpOpen: false }) },
];

/** The binding a key press triggers, if any. */
export function bindingFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): KeyBinding | undefined {
  const ctrl = e.ctrlKey || e.metaKey;
  return KEY_BINDINGS.find((b) => {
    if (!b.keys.includes(e.key)) return false;
    if (b.ctrl ? !ctrl || Boolean(b.shift) !== e.shiftKey : ctrl || e.altKey) return false;
    if (b.context === 'lecture' && !inLecture()) return false;
    return !b.when || b.when();
  });
}
