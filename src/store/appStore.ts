import { create } from 'zustand';
import type { BackendInfo, RunState, TimelineEntry } from '../engine/protocol';
import type { Dataset } from '../core/datasets/types';
import { defaultSettings, type SettingName, type Settings } from './settings';
import type { PointSet } from './pointHistory';

/** Which view a notice belongs to; it shows only there ('all': every view). */
export type NoticeScope = 'toys' | 'image' | 'claims' | 'all';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
  action?: 'restore-checkpoint' | 'save-scene';
  /** Notices of one kind replace each other (e.g. "Converged at epoch …" after each re-dimpling). */
  kind: string;
  scope: NoticeScope;
  /** The run it speaks of (see NoticeRun), or null for a notice about no run in particular. */
  run: NoticeRun | null;
  /** When an informational notice goes away by itself (ms since page load); null = stays until dismissed. */
  expiresAt: number | null;
}

export interface NoticeOptions {
  action?: Notice['action'];
  /** Defaults to the message with its numbers blanked out: "Converged at epoch 360" and "… 440" are one kind. */
  kind?: string;
  /** Defaults to the toy lab, where the engine's notices belong. */
  scope?: NoticeScope;
  /** The run the notice speaks of: starting a new run of it clears the notice (see clearRunNotices). */
  run?: NoticeRun;
}

/**
 * The runs a notice can speak of. "Converged at epoch 161", a divergence with its checkpoint,
 * "Image training stopped" or "The ablation failed" are true of one run only: once a new run of
 * the same kind starts they would describe something no longer on screen, so they go.
 */
export type NoticeRun = 'toy-training' | 'image-training' | 'attack' | 'ablation' | 'experiments-ab' | `claims-${string}`;

/** How long an informational notice stays, ms; warnings and errors stay until dismissed. */
export const INFO_NOTICE_MS = 8000;

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
  /** The view kind `camera` was taken in; null for a link's camera (it belongs to the link's scene). */
  cameraKind: '2d' | '3d' | null;
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
  cameraKind: null,
  mode: 'attack',
  editClass: 0,
  canUndo: false,
  canRedo: false,
}));

export function noticeKind(message: string): string {
  return message.replace(/-?\d[\d.,]*(e[-+]?\d+)?/gi, '#');
}

/**
 * Show a notice: one per kind (a recurring kind replaces the older one in place of stacking),
 * informational ones expire after INFO_NOTICE_MS, each shown only in its view.
 */
export function pushNotice(level: Notice['level'], message: string, opts?: Notice['action'] | NoticeOptions): void {
  const o: NoticeOptions = typeof opts === 'string' ? { action: opts } : (opts ?? {});
  const kind = o.kind ?? noticeKind(message);
  const expiresAt = level === 'info' && !o.action ? performance.now() + INFO_NOTICE_MS : null;
  const notice: Notice = {
    id: nextNoticeId++,
    level,
    message,
    action: o.action,
    kind,
    scope: o.scope ?? 'toys',
    run: o.run ?? null,
    expiresAt,
  };
  useApp.setState((s) => ({ notices: [...s.notices.filter((n) => n.kind !== kind), notice].slice(-4) }));
  if (expiresAt !== null) setTimeout(() => dismissNotice(notice.id), INFO_NOTICE_MS);
}

export function dismissNotice(id: number): void {
  useApp.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** A new run of `run` starts: the notices about the previous one go. */
export function clearRunNotices(run: NoticeRun): void {
  if (useApp.getState().notices.some((n) => n.run === run)) useApp.setState((s) => ({ notices: s.notices.filter((n) => n.run !== run) }));
}

export function patchSettings(patch: Partial<Settings>): Settings {
  const settings = { ...useApp.getState().settings, ...patch };
  useApp.setState({ settings });
  return settings;
}

export function settingChanged(patch: Partial<Settings>, names: readonly SettingName[]): boolean {
  return Object.keys(patch).some((k) => (names as readonly string[]).includes(k));
}
