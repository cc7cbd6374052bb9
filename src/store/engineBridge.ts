import { makeDataset } from '../core/datasets';
import { startEngine } from '../engine/client';
import type { BackendPref, RunEvent } from '../engine/protocol';
import { clearLive, live, recordBoundary, recordMetrics, recordStats, recordWeights, restoreSeries } from './liveData';
import type { Resume } from './persistence';
import { clearRunNotices, patchSettings, pushNotice, settingChanged, useApp } from './appStore';
import { presetById } from './presets';
import { DATA_SETTINGS, datasetSpecOf, REBUILD_SETTINGS, RECONFIGURE_SETTINGS, trainConfigOf } from './sceneFromSettings';
import { SETTINGS, defaultSettings, type Settings } from './settings';
import { writeUrl } from './urlSync';
import { resetPointHistory } from './pointEditing';
import { storeSceneFromLink } from './applyLink';
import { getEngine, getWorker, sessionCommand, setEngine } from './engineHandle';

/**
 * The page's side of the engine: starts and restarts it, turns user actions into commands and
 * the training session's stream into state. Requests with their own results (attacks, the
 * image lab, claims, the ablation) call the engine from their store modules (engineHandle.ts).
 */
/** Bumped on every (re)start so a dead worker's late errors are ignored. */
let generation = 0;
let heartbeat: number | null = null;
const HEARTBEAT_MS = 3000;
const HEARTBEAT_TIMEOUT_MS = 30000;

/**
 * The run the page shows: bumped by every loadScene (reset, new scene, restart). Events of an
 * older run still in flight are dropped, so a reset never shows the old run's epochs.
 */
let currentRun = 0;

function onEvent(e: RunEvent): void {
  if (e.run !== currentRun && e.type !== 'fault') return;
  switch (e.type) {
    case 'stats':
      recordStats(e);
      if (useApp.getState().runState !== e.state) useApp.setState({ runState: e.state });
      break;
    case 'boundary':
      recordBoundary(e);
      break;
    case 'metrics':
      recordMetrics(e);
      break;
    case 'timeline':
      useApp.setState({ timeline: e.entries });
      break;
    case 'notice':
      pushNotice(e.level, e.message, { action: e.action, run: 'toy-training' });
      break;
    case 'weights':
      recordWeights(e.epoch, e.weights);
      break;
    case 'fault':
      void recoverEngine(`training failed: ${e.message}`);
      break;
  }
}

export { getEngine };

function spawn(): void {
  const gen = ++generation;
  getWorker()?.terminate();
  setEngine(
    startEngine(onEvent, (message) => {
      if (gen === generation) void recoverEngine(`it crashed: ${message}`);
    }),
  );
}

export async function bootEngine(resume?: Resume): Promise<void> {
  spawn();
  useApp.setState({ engineStatus: 'choosing-backend' });
  try {
    await chooseBackend(useApp.getState().settings.backend);
    useApp.setState({ engineStatus: 'ready' });
    await loadScene(resume);
  } catch (err) {
    useApp.setState({ engineStatus: 'failed' });
    pushNotice('error', `The training engine could not start: ${String(err)}. Try another backend (?backend=cpu).`);
  }
  startHeartbeat();
}

/**
 * A worker that stops answering (crash, lost GPU device, killed) is restarted. One ping is in
 * flight at a time; the worker gets HEARTBEAT_TIMEOUT_MS to answer, which long synchronous
 * jobs (experiments, the bench) must stay under by yielding now and then.
 */
function startHeartbeat(): void {
  if (heartbeat !== null) clearInterval(heartbeat);
  let pending = false;
  heartbeat = window.setInterval(async () => {
    const engine = getEngine();
    if (pending || !engine || document.hidden || useApp.getState().engineStatus !== 'ready') return;
    pending = true;
    const gen = generation;
    const answered = await Promise.race([
      engine.ping().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((r) => setTimeout(() => r(false), HEARTBEAT_TIMEOUT_MS)),
    ]);
    pending = false;
    if (!answered && gen === generation) void recoverEngine('it stopped responding');
  }, HEARTBEAT_MS);
}

/**
 * Restart the engine and restore the scene: same settings and data, the last weights the page
 * received, on a working backend (a GPU backend that failed is swapped for the CPU ones).
 */
export async function recoverEngine(reason: string): Promise<void> {
  const crashed = useApp.getState().backend?.active;
  const resume = live.weights ? { weights: live.weights.weights, epoch: live.weights.epoch } : undefined;
  spawn();
  useApp.setState({ engineStatus: 'choosing-backend', runState: 'idle' });
  try {
    const gpu = crashed === 'webgpu' || crashed === 'webgl';
    await chooseBackend(gpu ? 'auto-cpu' : useApp.getState().settings.backend);
    useApp.setState({ engineStatus: 'ready' });
    await loadScene(resume);
    const now = useApp.getState().backend?.active;
    pushNotice(
      'warning',
      `The training engine stopped (${reason}) and was restarted on ${now}${gpu ? ` instead of ${crashed}` : ''}; your points and settings are kept${resume ? ` and training resumes from epoch ${resume.epoch}` : ''}.`,
    );
  } catch (err) {
    useApp.setState({ engineStatus: 'failed' });
    pushNotice('error', `The training engine could not be restarted: ${String(err)}. Reload the page; your settings are kept in the link.`);
  }
}

async function chooseBackend(pref: BackendPref | 'auto-cpu'): Promise<void> {
  const info = await sessionCommand((e) => e.init(pref), { rebuild: true });
  if (!info) return;
  useApp.setState({ backend: info });
  if (info.fallbackNotice) pushNotice('warning', info.fallbackNotice);
}

/** Build the dataset from the settings and (re)start a training session on it. */
export async function loadScene(resume?: Resume): Promise<void> {
  let { settings } = useApp.getState();
  let dataset;
  try {
    dataset = makeDataset(datasetSpecOf(settings));
  } catch (err) {
    // A combination no dataset supports (e.g. a spiral on a line): say so, open the default scene.
    const fallback = presetById(SETTINGS.preset.default)!;
    pushNotice(
      'warning',
      `These data settings do not make a dataset (${String((err as Error).message ?? err)}); the default scene "${fallback.label}" is shown instead.`,
    );
    settings = patchSettings({ ...defaultSettings(), ...fallback.settings, preset: fallback.id, backend: settings.backend });
    writeUrl(settings);
    dataset = makeDataset(datasetSpecOf(settings));
  }
  // Edited points (from a link, or kept across a non-data change) replace the generated ones.
  const edited = useApp.getState().editedPoints;
  if (edited && edited.n === dataset.n) dataset = { ...dataset, points: edited.points, labels: edited.labels, count: edited.labels.length };
  else if (edited) useApp.setState({ editedPoints: null });
  const run = ++currentRun;
  clearRunNotices('toy-training');
  clearLive();
  if (resume?.history) restoreSeries(resume.history, resume.epoch);
  useApp.setState({ dataset, timeline: [], viewingEpoch: null, runState: 'idle' });
  resetPointHistory(dataset);
  const scene = { spec: datasetSpecOf(settings), points: dataset.points, labels: dataset.labels, numClasses: dataset.numClasses };
  await sessionCommand(
    async (engine) => {
      if (run !== currentRun) return; // a later reset or scene replaces this one before it was built
      // Both requests go out now (the worker handles them in order): waiting for the grid's reply
      // first would hold the load back behind the page's next long task (mounting the view for the
      // new dataset), instead of building the first boundary while the page mounts it.
      const grid = engine.setGrid({ trainingRes: settings.gridTrain, pausedRes: settings.gridPaused });
      const loaded = engine.load(
        scene,
        trainConfigOf(settings),
        resume && { weights: resume.weights, epoch: resume.epoch, timeline: resume.history?.timeline },
        run,
      );
      await Promise.all([grid, loaded]);
      await engine.setSpeed(settings.speed);
      // Once per worker, after the first boundary: the first click's attack then runs warm.
      void engine.warmUpAttacks().catch(() => undefined);
    },
    { rebuild: true },
  );
  if (resume?.historyNote) pushNotice('info', resume.historyNote);
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
  const engine = getEngine();
  if (!engine) return;
  if (full.backend && full.backend !== before.backend) {
    useApp.setState({ engineStatus: 'choosing-backend' });
    await chooseBackend(full.backend);
    useApp.setState({ engineStatus: 'ready' });
    await loadScene();
    return;
  }
  if (settingChanged(full, DATA_SETTINGS) && useApp.getState().editedPoints) {
    useApp.setState({ editedPoints: null });
    pushNotice('info', 'New data settings: your edited points were replaced by the generated ones (undo is not possible across this).');
  }
  if (settingChanged(full, REBUILD_SETTINGS)) return loadScene();
  if (settingChanged(full, RECONFIGURE_SETTINGS)) await sessionCommand((engine) => engine.reconfigure(trainConfigOf(settings)));
  if (full.speed !== undefined) await sessionCommand((engine) => engine.setSpeed(settings.speed));
  if (full.gridTrain !== undefined || full.gridPaused !== undefined) {
    await sessionCommand((engine) => engine.setGrid({ trainingRes: settings.gridTrain, pausedRes: settings.gridPaused }));
  }
}

/**
 * Open a link in place (lecture steps, tests): store its scene, then rebuild the run, choosing
 * the backend again if the link names another one.
 */
export async function openLink(search: string): Promise<number> {
  const before = useApp.getState().settings.backend;
  const notices = storeSceneFromLink(search);
  writeUrl();
  if (!getEngine()) return notices;
  if (useApp.getState().settings.backend !== before) {
    useApp.setState({ engineStatus: 'choosing-backend' });
    await chooseBackend(useApp.getState().settings.backend);
    useApp.setState({ engineStatus: 'ready' });
  }
  await loadScene();
  return notices;
}

export const controls = {
  play: () => {
    useApp.setState({ viewingEpoch: null });
    void sessionCommand((engine) => engine.play());
  },
  /**
   * Train unless the run has stopped. The worker decides: the page's run state may lag it (a run
   * that converges while the command is on its way must not be played on past its stop rule).
   */
  playUnlessStopped: () => {
    useApp.setState({ viewingEpoch: null });
    void sessionCommand((engine) => engine.play(false));
  },
  pause: () => void sessionCommand((engine) => engine.pause()),
  toggle: () => (useApp.getState().runState === 'running' ? controls.pause() : controls.play()),
  step: () => {
    useApp.setState({ viewingEpoch: null });
    void sessionCommand((engine) => engine.step(1));
  },
  reset: () => void loadScene(),
  restoreCheckpoint: () => void sessionCommand((engine) => engine.restoreCheckpoint()),
  scrub: (requested: number | null) => {
    // The snapshot of the epoch a stopped run stands at is the live state itself: the slider's
    // end, → past the last snapshot and the replay's last frame return to live.
    const stopped = useApp.getState().runState !== 'running';
    const epoch = requested !== null && stopped && requested === live.stats?.epoch ? null : requested;
    useApp.setState({ viewingEpoch: epoch });
    if (epoch !== null && useApp.getState().runState === 'running') void sessionCommand((engine) => engine.pause());
    void sessionCommand((engine) => engine.showTimeline(epoch));
  },
  openLink,
};
