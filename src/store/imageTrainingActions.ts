/**
 * What the Train mode's controls do: create / run / pause / reset an image-training run in
 * the worker, scrub its timeline, move its network into the image lab, export it. A run's
 * records arrive through a Comlink proxy callback passed with the run call (not through the
 * engine's global events); the call returns when the run pauses, ends or is cancelled.
 */
import * as Comlink from 'comlink';
import type { ImageDatasetId } from '../core/datasets/mnist14';
import type { ImageTrainSettings, TrainMessage } from '../engine/imageTraining/trainingTypes';
import type { ImageLabInfo } from '../engine/imageTypes';
import { clearRunNotices, pushNotice, useApp } from './appStore';
import { changeSettings, getEngine } from './engineBridge';
import { parseImageRunText } from './imageRunFile';
import { trainingRun, type ImageRunExport } from './imageTrainingExport';
import { initialTrainingState, useImageTraining } from './imageTraining';
import { clearTrainingLive, loadRecords, recordAttack, recordEpoch, storeSlice, trainingLive } from './imageTrainingLive';
import type { Settings } from './settings';

const get = useImageTraining.getState;
const set = useImageTraining.setState;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const PROGRESS_MS = 150;

function engine() {
  const e = getEngine();
  if (!e) throw new Error('the engine is not running');
  return e;
}

/** The run's settings from the registry and the lab's data set and manifold. */
export function trainSettingsOf(s: Settings, dataset: ImageDatasetId, k: number): ImageTrainSettings {
  return {
    dataset,
    k,
    model: s.imgModel,
    optimizer: s.imgOptimizer,
    learningRate: s.imgLr,
    batchSize: s.imgBatch,
    epochs: s.imgEpochs,
    initScale: s.imgInit,
    weightDecay: s.imgWd,
    seed: s.imgSeed,
    sliceIndex: s.imgDigit,
    sliceExtent: s.imgExtent,
    dataBase: new URL('data/', document.baseURI).href,
  };
}

/** Settings that define the run; changing one needs a Reset (epochs and the slice do not). */
export function runKeyOf(t: ImageTrainSettings): string {
  const { epochs: _e, sliceIndex: _i, sliceExtent: _x, dataBase: _b, ...rest } = t;
  return JSON.stringify(rest);
}

let runKey: string | null = null;
let lastProgress = 0;

function onMessage(m: TrainMessage): void {
  if (m.kind === 'epoch') {
    recordEpoch(m);
    set((s) => ({
      epoch: m.epoch,
      cadence: m.cadence,
      timeline: m.snapshot && !s.timeline.includes(m.epoch) ? [...s.timeline, m.epoch] : s.timeline,
      progress: { ...s.progress, step: 0, phase: 'training' },
    }));
    return;
  }
  if (m.kind === 'attack') return recordAttack(m);
  const now = performance.now();
  if (m.phase === 'metrics' || now - lastProgress > PROGRESS_MS) {
    lastProgress = now;
    set({ progress: { step: m.step, stepsPerEpoch: m.stepsPerEpoch, phase: m.phase } });
  }
}

/** Train (a new run if there is none or its defining settings changed), up to the Epochs setting. */
export async function trainImages(dataset: ImageDatasetId, k: number): Promise<void> {
  const st = get().status;
  if (st === 'running' || st === 'creating') return;
  const t = trainSettingsOf(useApp.getState().settings, dataset, k);
  try {
    if (runKey !== runKeyOf(t) || st === 'idle' || st === 'error' || get().fromFile) {
      clearRunNotices('image-training');
      set({ ...initialTrainingState(), status: 'creating', message: `Preparing ${t.model.toUpperCase()} on ${dataset} (k = ${k})…` });
      clearTrainingLive();
      const info = await engine().imageTrainCreate(t);
      runKey = runKeyOf(t);
      set({ info, progress: { step: 0, stepsPerEpoch: info.stepsPerEpoch, phase: 'metrics' } });
    } else {
      await engine().imageTrainSetSlice(t.sliceIndex, t.sliceExtent);
    }
    if (get().epoch >= t.epochs && get().status === 'done') {
      pushNotice('info', `The run has reached ${t.epochs} epochs: raise Epochs to train on.`, { scope: 'image', run: 'image-training' });
      return;
    }
    set({ status: 'running', message: '', viewing: null });
    const end = await engine().imageTrainRun(Comlink.proxy(onMessage), t.epochs);
    if (end.state === 'cancelled') return;
    set({ status: end.state === 'error' ? 'error' : end.state, message: end.message ?? '', epoch: end.epoch });
    if (end.state === 'error')
      pushNotice('error', `Image training stopped: ${end.message}. The epochs so far are kept; Reset to start again.`, {
        scope: 'image',
        run: 'image-training',
      });
  } catch (e) {
    runKey = null;
    set({ status: 'error', message: message(e) });
    pushNotice('error', `Image training could not start: ${message(e)}`, { scope: 'image', run: 'image-training' });
  }
}

export function pauseImages(): void {
  void getEngine()?.imageTrainPause();
}

/** Cancel and forget the run; the lab keeps working. */
export async function resetImages(): Promise<void> {
  runKey = null;
  try {
    await getEngine()?.imageTrainDiscard();
  } catch (e) {
    pushNotice('warning', `The old run could not be stopped cleanly: ${message(e)}`, { scope: 'image' });
  }
  clearTrainingLive();
  clearRunNotices('image-training');
  set(initialTrainingState());
}

/** Show the slice at a snapshot epoch (null = live), fetching it if the digit or half-width changed. */
export async function scrubImages(epoch: number | null): Promise<void> {
  set({ viewing: epoch });
  const { imgDigit, imgExtent } = useApp.getState().settings;
  const have = epoch === null ? trainingLive.latest : trainingLive.slices.get(epoch);
  if (have && have.index === imgDigit && have.extent === imgExtent) {
    trainingLive.version++;
    return;
  }
  if (!get().info || get().fromFile) return;
  try {
    const s = await engine().imageTrainSlice(epoch, imgDigit, imgExtent);
    if (epoch === null) {
      trainingLive.latest = s;
      trainingLive.version++;
    } else storeSlice(s);
  } catch (e) {
    pushNotice('error', `The slice could not be drawn: ${message(e)}`, { scope: 'image' });
  }
}

/** The slice digit or half-width changed: later epochs use it, and the view is redrawn now. */
export async function retargetSlice(): Promise<void> {
  if (!get().info || get().fromFile) return;
  const { imgDigit, imgExtent } = useApp.getState().settings;
  try {
    await engine().imageTrainSetSlice(imgDigit, imgExtent);
    await scrubImages(get().viewing);
  } catch (e) {
    pushNotice('error', message(e), { scope: 'image' });
  }
}

/** The network of the viewed epoch (or the current one) becomes the image lab's classifier. */
export async function putTrainedInLab(): Promise<ImageLabInfo | null> {
  const viewing = get().viewing;
  const rec = trainingLive.records.find((r) => r.epoch === (viewing ?? get().epoch));
  try {
    const info = await engine().imageTrainUse(viewing, rec?.testAccuracy ?? null);
    set({ inLab: info.classifierId });
    return info;
  } catch (e) {
    pushNotice('error', `The trained network could not be used: ${message(e)}`, { scope: 'image' });
    return null;
  }
}

export async function exportTrainedModel(): Promise<{ modelJson: string; weights: ArrayBuffer } | null> {
  try {
    return await engine().imageTrainExport(get().viewing);
  } catch (e) {
    pushNotice('error', `The model could not be exported: ${message(e)}`, { scope: 'image' });
    return null;
  }
}

/** Show a saved run's metrics (no network: press Train to re-run it with the same settings and seed). */
export async function showSavedRun(run: ImageRunExport): Promise<void> {
  await resetImages();
  const s = run.settings;
  await changeSettings({
    imgModel: s.model,
    imgOptimizer: s.optimizer,
    imgLr: s.learningRate,
    imgBatch: s.batchSize,
    imgEpochs: s.epochs,
    imgInit: s.initScale,
    imgWd: s.weightDecay,
    imgSeed: s.seed,
    imgDigit: s.sliceIndex,
    imgExtent: s.sliceExtent,
  });
  loadRecords(run.records);
  const last = run.records[run.records.length - 1];
  set({
    ...initialTrainingState(),
    status: 'done',
    fromFile: true,
    info: run.info,
    epoch: last?.epoch ?? 0,
    cadence: last?.cadence ?? '',
    message: 'Loaded from a file',
  });
}

/** The current run for a scene file (null when there is none). */
export function currentImageRun(dataset: ImageDatasetId, k: number): ImageRunExport | null {
  if (!trainingLive.records.length) return null;
  return trainingRun(trainSettingsOf(useApp.getState().settings, dataset, k), get().info, trainingLive.records);
}

/** A scene file's image run waits here across the reload that applies the file's link. */
export const PENDING_RUN_KEY = 'dmlab-image-run';

export async function showPendingRun(): Promise<void> {
  const text = sessionStorage.getItem(PENDING_RUN_KEY);
  if (!text) return;
  sessionStorage.removeItem(PENDING_RUN_KEY);
  const r = parseImageRunText(text);
  if (!r.ok) return pushNotice('error', `The scene's image-training run could not be read: ${r.message}`, { scope: 'image' });
  await showSavedRun(r.run);
  pushNotice(
    'info',
    `Loaded the scene's image-training run (${r.run.records.length} epochs of metrics). Press Train to re-run it with the same settings and seed.`,
    { scope: 'image' },
  );
}
