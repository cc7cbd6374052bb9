import { makeDataset } from '../core/datasets';
import { startEngine, type EngineClient } from '../engine/client';
import type { BackendPref, EngineEvent } from '../engine/protocol';
import { clearLive, live, recordBoundary, recordMetrics, recordStats, recordWeights } from './liveData';
import { patchSettings, pushNotice, settingChanged, useApp } from './appStore';
import { presetById } from './presets';
import { datasetSpecOf, REBUILD_SETTINGS, RECONFIGURE_SETTINGS, trainConfigOf } from './sceneFromSettings';
import type { Settings } from './settings';
import { writeUrl } from './urlSync';
import { onAttackEvent } from './attackEvents';

/** The page's side of the engine: turns user actions into commands and events into state. */
let engine: EngineClient | null = null;

function onEvent(e: EngineEvent): void {
  switch (e.type) {
    case 'stats':
      recordStats(e);
      if (useApp.getState().runState !== e.state) useApp.setState({ runState: e.state });
      break;
    case 'boundary':
      recordBoundary(e);
      break;
    case 'metrics':
      recordMetrics(e, useApp.getState().viewingEpoch !== null);
      break;
    case 'timeline':
      useApp.setState({ timeline: e.entries });
      break;
    case 'notice':
      pushNotice(e.level, e.message, e.action);
      break;
    case 'weights':
      recordWeights(e.epoch, e.weights);
      break;
    case 'attack-progress':
    case 'attack-result':
    case 'attack-batch-progress':
      onAttackEvent(e);
      break;
  }
}

export function getEngine(): EngineClient | null {
  return engine;
}

export async function bootEngine(): Promise<void> {
  const started = startEngine(onEvent, (message) => {
    useApp.setState({ engineStatus: 'failed' });
    pushNotice('error', `The training engine stopped: ${message}. Reload the page; your settings are kept in the link.`);
  });
  engine = started.engine;
  useApp.setState({ engineStatus: 'choosing-backend' });
  try {
    await chooseBackend(useApp.getState().settings.backend);
    useApp.setState({ engineStatus: 'ready' });
    await loadScene();
  } catch (err) {
    useApp.setState({ engineStatus: 'failed' });
    pushNotice('error', `The training engine could not start: ${String(err)}. Try another backend (?backend=cpu).`);
  }
}

async function chooseBackend(pref: BackendPref): Promise<void> {
  if (!engine) return;
  const info = await engine.init(pref);
  useApp.setState({ backend: info });
  if (info.fallbackNotice) pushNotice('warning', info.fallbackNotice);
}

/** Build the dataset from the settings and (re)start a training session on it. */
export async function loadScene(): Promise<void> {
  const { settings } = useApp.getState();
  let dataset;
  try {
    dataset = makeDataset(datasetSpecOf(settings));
  } catch (err) {
    pushNotice('error', `The dataset could not be built: ${String((err as Error).message ?? err)}`);
    return;
  }
  clearLive();
  useApp.setState({ dataset, timeline: [], viewingEpoch: null, runState: 'idle' });
  if (!engine) return;
  await engine.setGrid({ trainingRes: settings.gridTrain, pausedRes: settings.gridPaused });
  await engine.load(
    { spec: datasetSpecOf(settings), points: dataset.points, labels: dataset.labels, numClasses: dataset.numClasses },
    trainConfigOf(settings),
  );
  await engine.setSpeed(settings.speed);
}

/** Apply a settings change: rebuild, reconfigure, or only redraw, as the change requires. */
export async function changeSettings(patch: Partial<Settings>): Promise<void> {
  const before = useApp.getState().settings;
  let full: Partial<Settings> = patch;
  if (patch.preset && patch.preset !== 'custom') {
    full = { ...presetById(patch.preset)?.settings, ...patch };
  } else if (settingChanged(patch, [...REBUILD_SETTINGS, ...RECONFIGURE_SETTINGS])) {
    full = { ...patch, preset: 'custom' };
  }
  const settings = patchSettings(full);
  writeUrl(settings);
  if (!engine) return;
  if (full.backend && full.backend !== before.backend) {
    useApp.setState({ engineStatus: 'choosing-backend' });
    await chooseBackend(full.backend);
    useApp.setState({ engineStatus: 'ready' });
    await loadScene();
    return;
  }
  if (settingChanged(full, REBUILD_SETTINGS)) return loadScene();
  if (settingChanged(full, RECONFIGURE_SETTINGS)) await engine.reconfigure(trainConfigOf(settings));
  if (full.speed !== undefined) await engine.setSpeed(settings.speed);
  if (full.gridTrain !== undefined || full.gridPaused !== undefined) {
    await engine.setGrid({ trainingRes: settings.gridTrain, pausedRes: settings.gridPaused });
  }
}

export const controls = {
  play: () => {
    useApp.setState({ viewingEpoch: null });
    void engine?.play();
  },
  pause: () => void engine?.pause(),
  toggle: () => (useApp.getState().runState === 'running' ? controls.pause() : controls.play()),
  step: () => {
    useApp.setState({ viewingEpoch: null });
    void engine?.step(1);
  },
  reset: () => void loadScene(),
  restoreCheckpoint: () => void engine?.restoreCheckpoint(),
  scrub: (epoch: number | null) => {
    useApp.setState({ viewingEpoch: epoch });
    if (epoch !== null && useApp.getState().runState === 'running') void engine?.pause();
    void engine?.showTimeline(epoch);
  },
  /** For tests and the bench: tensor count in the worker. */
  memory: () => engine?.memory(),
  live,
};
