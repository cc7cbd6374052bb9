import type { DatasetSpec } from '../core/datasets';
import type { TrainConfig } from '../core/model/trainConfig';
import type { MlpWeights } from '../core/model/mlpWeights';
import type { TimelineSnapshot } from '../core/model/runHistory';

/**
 * Backends the engine can train on; 'auto' lets it choose (see backends.ts). The first four are
 * tfjs backends; 'js' is the plain-JS trainer for small toy networks (jsTrainer.ts).
 */
export type TfBackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendName = TfBackendName | 'js';
export type BackendPref = BackendName | 'auto';

export interface BackendInfo {
  active: BackendName;
  /** Human-readable reason, e.g. "hardware WebGPU adapter" or "fastest measured: wasm 1.1 ms/step". */
  reason: string;
  /** Which backends initialised in this browser, with a note for the ones that did not. */
  available: Partial<Record<BackendName, boolean>>;
  /** Milliseconds per training step measured for the choice (auto only). */
  measured?: Partial<Record<BackendName, number>>;
  /** Set when the requested backend failed and another was used instead. */
  fallbackNotice?: string;
}

/** What the page sends to (re)build a training session. Points are row-major N x n. */
export interface SceneData {
  spec: DatasetSpec;
  points: Float32Array;
  labels: Int32Array;
  numClasses: number;
}

export type RunState = 'idle' | 'running' | 'paused' | 'converged' | 'max-epochs' | 'diverged';

export interface StatsEvent {
  type: 'stats';
  epoch: number;
  loss: number;
  accuracy: number;
  minMargin: number;
  stepsPerSecond: number;
  state: RunState;
}

/** 3-D boundary: indexed isosurface mesh in world coordinates. */
export interface Mesh3D {
  dim: 3;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** 2-D boundary: contour segments [x0,y0,x1,y1,...] and a res x res probability image. */
export interface Field2D {
  dim: 2;
  segments: Float32Array;
  probability: Float32Array;
  res: number;
}

export interface BoundaryEvent {
  type: 'boundary';
  epoch: number;
  /** 'live' follows training; 'timeline' answers a scrub request. */
  source: 'live' | 'timeline';
  res: number;
  boundary: Mesh3D | Field2D;
  /** Grid evaluation + extraction time in the worker, ms. */
  computeMs: number;
  /** Share of grid vertices evaluated exactly (the rest were certified far from the boundary). */
  evaluatedShare: number;
}

export interface MetricsEvent {
  type: 'metrics';
  epoch: number;
  /** 'live' follows training; 'timeline' answers a scrub request (its epoch's recorded weights). */
  source: 'live' | 'timeline';
  /** Clinging C (docs/science.md §6). */
  clinging: number;
  /** Dimple depth D_i per training point (signed, docs/science.md §6). */
  dimples: Float32Array;
}

export interface TimelineEntry {
  epoch: number;
  clinging: number;
  accuracy: number;
  loss: number;
}

/** Where a session starts from: weights at an epoch, and optionally the timeline recorded up to it. */
export interface ResumeState {
  weights: MlpWeights;
  epoch: number;
  timeline?: TimelineSnapshot[];
}

export interface TimelineEvent {
  type: 'timeline';
  entries: TimelineEntry[];
}

export interface NoticeEvent {
  type: 'notice';
  level: 'info' | 'warning' | 'error';
  message: string;
  /** An action the page can offer, e.g. restoring the last good checkpoint after divergence. */
  action?: 'restore-checkpoint';
}

/** The session hit an error it cannot continue from (e.g. a lost GPU device): restart the engine. */
export interface FaultEvent {
  type: 'fault';
  message: string;
}

export interface WeightsEvent {
  type: 'weights';
  epoch: number;
  weights: MlpWeights;
}

/**
 * The training session's stream (subscribe()): what the session does on its own clock. A
 * request's progress and result travel with its call instead (jobTypes.ts).
 */
export type EngineEvent = StatsEvent | BoundaryEvent | MetricsEvent | TimelineEvent | NoticeEvent | WeightsEvent | FaultEvent;

/**
 * A session event as it reaches the page: stamped with the run it belongs to (the number the
 * page gave load()), so that events of a run the page has left — in flight when it reset or
 * loaded a new scene — are dropped instead of drawn.
 */
export type RunEvent = EngineEvent & { run: number };

/** Grid resolutions: coarser while training, finer when paused. */
export interface GridSettings {
  trainingRes: number;
  pausedRes: number;
}

export interface EngineApi {
  /** 'auto-cpu': like auto but never a GPU backend (after a GPU failure). */
  init(pref: BackendPref | 'auto-cpu'): Promise<BackendInfo>;
  setBackend(pref: BackendPref): Promise<BackendInfo>;
  /**
   * Build a session; `resume` restarts from saved weights (after an engine crash, or a scene
   * file), with the timeline snapshots recorded before (a scene file with history).
   */
  load(scene: SceneData, train: TrainConfig, resume?: ResumeState, run?: number): Promise<void>;
  /** The current run's timeline snapshots with their weights (for the scene file). */
  exportTimeline(): Promise<TimelineSnapshot[]>;
  /** Train on; `pastStop` false: unless the run has already stopped (converged or at its cap), which playing on would lift. */
  play(pastStop?: boolean): void;
  pause(): void;
  step(epochs: number): Promise<void>;
  reset(): Promise<void>;
  /** Epochs per tick; below 1 means slow motion (one epoch every 1/speed ticks). */
  setSpeed(epochsPerTick: number): void;
  setGrid(g: GridSettings): void;
  /** Render the boundary of a recorded timeline entry (null: back to live). */
  showTimeline(epoch: number | null): Promise<void>;
  restoreCheckpoint(): Promise<void>;
  subscribe(listener: (e: RunEvent) => void): void;
}
