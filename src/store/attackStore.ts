import { create } from 'zustand';
import { ATTACKS } from '../core/attacks/registry';
import type { AttackName, AttackParams } from '../core/attacks/types';
import type { AttackReadout, AttackRow, BatchResult } from '../engine/attackTypes';
import { idleJob, type JobState } from './jobState';

/** One finished run as the readout shows it. */
export interface ShownRun {
  runId: number;
  pointIndex: number | null;
  readout: AttackReadout;
  /** Worker time for the attack and its readout, ms. */
  elapsedMs: number;
}

/** "Attack every point" as a job; its stage is 'attack', then 'constrained' (the flip norms). */
export type BatchState = JobState<BatchResult>;

/** Discrete attack UI state; the paths themselves live in attackLive.ts. */
export interface AttackUiState {
  attackId: AttackName;
  /** Parameter values per attack, starting from the registry defaults. */
  params: Record<AttackName, AttackParams>;
  targeted: boolean;
  target: number;
  /** The training point clicked last ('a' attacks it again). */
  lastPoint: number | null;
  busy: boolean;
  /** Finished runs still on screen, oldest first (for the replay picker). */
  runs: { runId: number; attackId: AttackName; pointIndex: number | null }[];
  shown: ShownRun | null;
  /** The last "All attacks" table, with the epoch of the network it ran on (attackNetwork.ts). */
  compare: { pointIndex: number; rows: AttackRow[]; epoch: number | null } | null;
  batch: BatchState;
}

export function defaultParams(): Record<AttackName, AttackParams> {
  const out = {} as Record<AttackName, AttackParams>;
  for (const spec of ATTACKS) out[spec.id] = Object.fromEntries(spec.params.map((p) => [p.key, p.default]));
  return out;
}

/**
 * DeepFool is the first choice: it has no budget to tune, always ends just across the
 * boundary on the toys, and its path is short enough to read at a glance.
 */
export const DEFAULT_ATTACK: AttackName = 'deepFool';

export const useAttack = create<AttackUiState>()(() => ({
  attackId: DEFAULT_ATTACK,
  params: defaultParams(),
  targeted: false,
  target: 1,
  lastPoint: null,
  busy: false,
  runs: [],
  shown: null,
  compare: null,
  batch: idleJob<BatchResult>(),
}));

/** Set one parameter of one attack. */
export function setAttackParam(id: AttackName, key: string, value: number | boolean): void {
  useAttack.setState((s) => ({ params: { ...s.params, [id]: { ...s.params[id], [key]: value } } }));
}

export function resetAttackParams(id: AttackName): void {
  useAttack.setState((s) => ({ params: { ...s.params, [id]: defaultParams()[id] } }));
}
