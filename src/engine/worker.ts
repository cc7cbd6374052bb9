/// <reference lib="webworker" />
import '../core/cspSafeZod';
import * as Comlink from 'comlink';
import './abortSignalTransfer';
import type { BackendInfo, BackendPref, EngineApi, GridSettings, ResumeState, RunEvent, SceneData } from './protocol';
import type { TrainConfig } from '../core/model/trainConfig';
import { weightsFinite, type MlpWeights } from '../core/model/mlpWeights';
import { sanitizeTrainConfig } from '../core/model/trainConfig';
import { chooseBackend } from './backends';
import { Session } from './session';
import { emit, engineState } from './engineState';
import { attackApi } from './attackApi';
import { benchApi } from './benchApi';
import { testApi } from './testApi';
import { imageApi } from './imageApi';
import { panelsApi } from './panelsApi';
import { claimsApi } from './claimsApi';
import { exportLayersModel } from './modelExport';
import { trainingApi } from './imageTraining/trainingApi';
import { slicePointApi } from './slicePointProbe';

/** The engine: all tfjs work lives here; the page sends commands and receives events. */
let lastLoad: { scene: SceneData; train: TrainConfig; run: number } | null = null;

/** A new session for run `run`; a rebuild inside the worker (backend switch) keeps the page's run. */
async function load(scene: SceneData, train: TrainConfig, resume?: ResumeState, run = lastLoad?.run ?? 0): Promise<void> {
  engineState.session?.dispose();
  engineState.session = null;
  const { config, notes } = sanitizeTrainConfig(train);
  for (const n of notes) emit({ type: 'notice', level: 'warning', message: n }, [], run);
  lastLoad = { scene, train: config, run };
  const usable = resume && weightsMatch(resume.weights, scene, config) ? resume : undefined;
  const s = new Session(scene, config, engineState.grid, (e, t) => emit(e, t, run), engineState.backend === 'js', usable);
  engineState.session = s;
  await s.start();
}

const session = () => engineState.session;

/** Resumed weights must fit the network the settings describe (and be finite). */
function weightsMatch(w: MlpWeights, scene: SceneData, train: TrainConfig): boolean {
  const dims = [scene.points.length / scene.labels.length, ...train.hidden, scene.numClasses === 2 ? 1 : scene.numClasses];
  return (
    weightsFinite(w) &&
    w.activation === train.activation &&
    w.layers.length === dims.length - 1 &&
    w.layers.every(
      (l, i) => l.inDim === dims[i] && l.outDim === dims[i + 1] && l.W.length === l.inDim * l.outDim && l.b.length === l.outDim,
    )
  );
}

const api: EngineApi & {
  reconfigure(train: TrainConfig): Promise<void>;
  ping(): boolean;
  setPoints(points: Float32Array, labels: Int32Array): Promise<void>;
  exportModel(): Promise<{ modelJson: string; weights: ArrayBuffer; epoch: number }>;
} = {
  async init(pref: BackendPref | 'auto-cpu'): Promise<BackendInfo> {
    const info = await chooseBackend(pref);
    engineState.backend = info.active;
    return info;
  },
  async setBackend(pref: BackendPref): Promise<BackendInfo> {
    session()?.pause();
    const info = await chooseBackend(pref);
    engineState.backend = info.active;
    // Tensors belong to the old backend: rebuild the session on the new one.
    if (lastLoad) await load(lastLoad.scene, lastLoad.train);
    return info;
  },
  load,
  exportTimeline: async () => session()?.timelineSnapshots() ?? [],
  play: (pastStop?: boolean) => session()?.play(pastStop),
  pause: () => session()?.pause(),
  step: async (epochs: number) => session()?.step(epochs),
  reset: async () => {
    if (lastLoad) await load(lastLoad.scene, lastLoad.train);
  },
  setSpeed: (s: number) => session()?.setSpeed(s),
  setGrid(g: GridSettings) {
    engineState.grid = g;
    session()?.setGrid(g);
  },
  showTimeline: async (epoch: number | null) => session()?.showTimeline(epoch),
  restoreCheckpoint: async () => session()?.restoreCheckpoint(),
  async reconfigure(train: TrainConfig) {
    const { config } = sanitizeTrainConfig(train);
    if (lastLoad) lastLoad = { ...lastLoad, train: config };
    await session()?.reconfigure(config);
  },
  subscribe(l: (e: RunEvent) => void) {
    engineState.listener = l;
  },
  ping: () => true,
  /** The current network as tfjs layers files (model.json + weights.bin). */
  async exportModel() {
    const snap = await session()?.snapshot();
    if (!snap) throw new Error('no network to export yet');
    const files = await exportLayersModel(snap.weights);
    return Comlink.transfer({ ...files, epoch: snap.epoch }, [files.weights]);
  },
  async setPoints(points: Float32Array, labels: Int32Array) {
    if (lastLoad) lastLoad = { ...lastLoad, scene: { ...lastLoad.scene, points, labels } };
    await session()?.setPoints(points, labels);
  },
};

/**
 * The bench and the fault/memory probes exist only in a test build (`vite build --mode test`,
 * used by the e2e suite and the bench): Vite replaces MODE by a constant, so an `npm start`
 * build drops them (scripts/checks/checkProductionBuild.mjs checks).
 */
const testOnly = import.meta.env.MODE === 'test' ? { ...benchApi, ...testApi } : {};
const fullApi = { ...api, ...attackApi, ...imageApi, ...panelsApi, ...claimsApi, ...trainingApi, ...slicePointApi, ...testOnly };
/** The worker's commands; benchApi's and testApi's answer only in a test build. */
export type WorkerApi = typeof api &
  typeof attackApi &
  typeof imageApi &
  typeof panelsApi &
  typeof claimsApi &
  typeof trainingApi &
  typeof slicePointApi &
  typeof benchApi &
  typeof testApi;
Comlink.expose(fullApi);
