/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import type { BackendInfo, BackendPref, EngineApi, EngineEvent, GridSettings, SceneData } from './protocol';
import type { TrainConfig } from '../core/model/trainConfig';
import { sanitizeTrainConfig } from '../core/model/trainConfig';
import { chooseBackend } from './backends';
import { Session } from './session';
import { emit, engineState } from './engineState';
import { attackApi } from './attackApi';
import { benchApi } from './benchApi';

/** The engine: all tfjs work lives here; the page sends commands and receives events. */
let lastLoad: { scene: SceneData; train: TrainConfig } | null = null;

async function load(scene: SceneData, train: TrainConfig): Promise<void> {
  engineState.session?.dispose();
  engineState.session = null;
  const { config, notes } = sanitizeTrainConfig(train);
  for (const n of notes) emit({ type: 'notice', level: 'warning', message: n });
  lastLoad = { scene, train: config };
  const s = new Session(scene, config, engineState.grid, emit, engineState.backend === 'js');
  engineState.session = s;
  await s.start();
}

const session = () => engineState.session;

const api: EngineApi & { reconfigure(train: TrainConfig): Promise<void>; memory(): { numTensors: number; backend: string } } = {
  async init(pref: BackendPref): Promise<BackendInfo> {
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
  play: () => session()?.play(),
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
  subscribe(l: (e: EngineEvent) => void) {
    engineState.listener = l;
  },
  memory: () => ({ numTensors: tf.memory().numTensors, backend: tf.getBackend() }),
};

const fullApi = { ...api, ...attackApi, ...benchApi };
export type WorkerApi = typeof fullApi;
Comlink.expose(fullApi);
