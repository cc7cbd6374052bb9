/**
 * Worker commands of in-browser image training (docs/science.md §3, §4). A run's records travel
 * through the callback passed to imageTrainStart / imageTrainResume (a Comlink proxy); that
 * call returns when the run pauses, finishes, is cancelled or fails. The trained network can
 * replace the image lab's classifier (attacks, slices, Experiments A+B) and export in tfjs
 * layers format.
 */
import * as Comlink from 'comlink';
import { loadImageSet, type ImageSet } from '../../core/datasets/mnist14';
import { architectureString } from '../../core/model/imageModels';
import { currentImageLab, imageApi, installImageClassifier } from '../imageApi';
import { dataFetcher } from '../imageFiles';
import type { ImageLabInfo } from '../imageTypes';
import { sliceBuffers } from './digitSliceCompute';
import { mlpWeightsFromSnapshot } from '../../core/model/image/imageClassifier';
import { exportSnapshotLayers } from './snapshotExport';
import { classifierOfSnapshot } from './trainerSource';
import { ImageTrainingSession } from './trainingSession';
import type { DigitSlice, EpochRecord, ImageTrainSettings, TrainMessage, TrainRunEnd, TrainRunInfo } from './trainingTypes';

let session: ImageTrainingSession | null = null;
let running: Promise<TrainRunEnd> | null = null;
const trainSets = new Map<string, ImageSet>();

/** The run the worker holds, if any (read-only use: the slice hover readout). */
export function currentTrainingSession(): ImageTrainingSession | null {
  return session;
}

function need(): ImageTrainingSession {
  if (!session) throw new Error('no image-training run: press Train first');
  return session;
}

/** A record with its typed arrays moved to the page (a stored snapshot slice is copied first). */
function outgoing(m: TrainMessage): TrainMessage {
  if (m.kind !== 'epoch' || !m.slice) return m;
  const slice = m.snapshot ? structuredClone(m.slice) : m.slice;
  return Comlink.transfer({ ...m, slice } as EpochRecord, sliceBuffers(slice));
}

async function stopCurrent(): Promise<void> {
  session?.cancel();
  if (running) await running.catch(() => undefined);
  running = null;
  session?.dispose();
  session = null;
}

async function runWith(
  s: ImageTrainingSession,
  onMessage: (m: TrainMessage) => void | Promise<void>,
  epochs?: number,
): Promise<TrainRunEnd> {
  if (running) throw new Error('the run is already training');
  running = s.run((m) => onMessage(outgoing(m)), epochs);
  try {
    return await running;
  } finally {
    running = null;
  }
}

export const trainingApi = {
  /** Build a fresh run (data set, manifold k and probe from `settings`); returns what the page shows about it. */
  async imageTrainCreate(settings: ImageTrainSettings): Promise<TrainRunInfo> {
    await stopCurrent();
    const lab =
      currentImageLab()?.info.dataset === settings.dataset && currentImageLab()?.info.k === settings.k
        ? currentImageLab()!
        : (await imageApi.imageLoad({ dataset: settings.dataset, k: settings.k, dataBase: settings.dataBase }), currentImageLab()!);
    let train = trainSets.get(settings.dataset);
    if (!train) {
      train = (await loadImageSet(settings.dataset, 'train', dataFetcher(settings.dataBase))).set;
      trainSets.set(settings.dataset, train);
    }
    if (!(Number.isInteger(settings.sliceIndex) && settings.sliceIndex >= 0 && settings.sliceIndex < lab.test.count))
      throw new Error(`no test digit ${settings.sliceIndex}`);
    session = await ImageTrainingSession.create(settings, { train, test: lab.test, tangentAt: lab.tangentAt });
    return session.info;
  },

  /** Train from where the run stands up to `epochs`; records go to onMessage. */
  imageTrainRun(onMessage: (m: TrainMessage) => void | Promise<void>, epochs?: number): Promise<TrainRunEnd> {
    return runWith(need(), onMessage, epochs);
  },

  imageTrainPause(): void {
    session?.pause();
  },

  /** Cancel and forget the run (Reset). */
  async imageTrainDiscard(): Promise<void> {
    await stopCurrent();
  },

  /** Later epochs' live slices go through test digit `index` with half-width `extent`. */
  imageTrainSetSlice(index: number, extent: number): void {
    const s = need();
    const count = currentImageLab()?.test.count ?? 0;
    if (!(Number.isInteger(index) && index >= 0 && index < count)) throw new Error(`no test digit ${index} (0–${count - 1})`);
    if (!(extent > 0 && Number.isFinite(extent))) throw new Error(`the slice half-width must be a positive number (got ${extent})`);
    s.sliceIndex = index;
    s.sliceExtent = extent;
  },

  /** The slice at a recorded epoch (null = now) through test digit `index` (half-width `extent`). */
  async imageTrainSlice(epoch: number | null, index: number, extent: number): Promise<DigitSlice> {
    const s = structuredClone(await need().sliceAt(epoch, index, extent));
    return Comlink.transfer(s, sliceBuffers(s));
  },

  /** Put the network of `epoch` (null = current) into the image lab: attacks and Experiments A+B use it. */
  async imageTrainUse(epoch: number | null, testAccuracy: number | null): Promise<ImageLabInfo> {
    const s = need();
    const w = await s.weightsAt(epoch);
    const at = epoch ?? s.epoch;
    return installImageClassifier({
      classifier: classifierOfSnapshot(w),
      weights: w.config.kind === 'mlp' ? mlpWeightsFromSnapshot(w) : null,
      id: `trained ${w.config.kind.toUpperCase()} (seed ${s.settings.seed}, epoch ${at})`,
      architecture: architectureString(w.config),
      testAccuracy,
    });
  },

  /** The network of `epoch` (null = current) as tfjs layers files. */
  async imageTrainExport(epoch: number | null): Promise<{ modelJson: string; weights: ArrayBuffer }> {
    const files = await exportSnapshotLayers(await need().weightsAt(epoch));
    return Comlink.transfer(files, [files.weights]);
  },
};
