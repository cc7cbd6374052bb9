import { create } from 'zustand';
import type { BackendInfo, RunState, TimelineEntry } from '../engine/protocol';
import type { Dataset } from '../core/datasets/types';
import { defaultSettings, type SettingName, type Settings } from './settings';
import type { PointSet } from './pointHistory';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
  action?: 'restore-checkpoint' | 'save-scene';
}

export type EngineStatus = 'starting' | 'choosing-backend' | 'ready' | 'failed';

/** Discrete UI state only; per-frame data lives in liveData.ts. */
export interface AppState {
  settings: Settings;
  dataset: Dataset | null;
  backend: BackendInfo | null;
  engineStatus: EngineStatus;
  runState: RunState;
  timeline: TimelineEntry[];
  /** Epoch of the timeline entry shown, or null for the live boundary. */
  viewingEpoch: number | null;
  notices: Notice[];
  helpOpen: boolean;
  /** Bumped to ask the 3-D view to reset its camera. */
  cameraResetToken: number;
  /** The user's edited point set, or null while the generated data are unchanged. */
  editedPoints: PointSet | null;
  /** Controls hidden by a lecturer's link (setting names or panel ids). */
  hidden: string[];
  /** Camera from a shared link or the last orbit (position, target, zoom), null = default view. */
  camera: number[] | null;
  /** What a click on the scene does: launch an attack, or edit the points. */
  mode: 'attack' | 'edit';
  /** Class given to points added in edit mode. */
  editClass: number;
  canUndo: boolean;
  canRedo: boolean;
}

let nextNoticeId = 1;

export const useApp = create<AppState>()(() => ({
  settings: defaultSettings(),
  dataset: null,
  backend: null,
  engineStatus: 'starting',
  runState: 'idle',
  timeline: [],
  viewingEpoch: null,
  notices: [],
  helpOpen: false,
  cameraResetToken: 0,
  editedPoints: null,
  hidden: [],
  camera: null,
  mode: 'attack',
  editClass: 0,
  canUndo: false,
  canRedo: false,
}));

export function pushNotice(level: Notice['level'], message: string, action?: Notice['action']): void {
  const notice: Notice = { id: nextNoticeId++, level, message, action };
  // Keep the newest few; identical messages are not repeated.
  useApp.setState((s) => ({ notices: [...s.notices.filter((n) => n.message !== message), notice].slice(-5) }));
}

export function dismissNotice(id: number): void {
  useApp.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function patchSettings(patch: Partial<Settings>): Settings {
  const settings = { ...useApp.getState().settings, ...patch };
  useApp.setState({ settings });
  return settings;
}

export function settingChanged(patch: Partial<Settings>, names: readonly SettingName[]): boolean {
  return Object.keys(patch).some((k) => (names as readonly string[]).includes(k));
}
