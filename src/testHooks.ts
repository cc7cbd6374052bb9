import { live } from './store/liveData';
import { useApp } from './store/appStore';
import { controls } from './store/engineBridge';
import { getEngine, getWorker } from './store/engineHandle';
import { attackTestHandles } from './store/attackHooks';
import { useImageLab } from './store/imageLabStore';
import { trainingLive } from './store/imageTrainingLive';
import { useImageTraining } from './store/imageTraining';
import { LECTURE_STEPS } from './ui/lecture/lectureSteps';
import { PRESET_FACTS } from './store/presetFacts';

/**
 * Handles for the browser tests and the bench (`window.__lab`): the live data, the store, the
 * controls and the fault probes. Installed only in a test build (main.tsx); nothing in the app
 * reads them.
 */
export function installTestHooks(): void {
  const testControls = {
    ...controls,
    /** Tensors alive in the worker. */
    memory: () => getEngine()?.memory(),
    /** Kill the worker as a crash would (the heartbeat notices). */
    killWorker: () => getWorker()?.terminate(),
    /** Destroy the WebGPU device under tfjs, as a driver reset would. */
    loseGpuDevice: () => getEngine()?.loseGpuDevice(),
  };
  (window as unknown as { __lab: unknown }).__lab = {
    live,
    store: useApp,
    controls: testControls,
    engine: getEngine,
    attacks: attackTestHandles,
    image: useImageLab,
    training: { live: trainingLive, store: useImageTraining },
    lectureSteps: LECTURE_STEPS,
    presetFacts: PRESET_FACTS,
  };
}
