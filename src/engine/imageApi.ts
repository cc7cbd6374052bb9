/**
 * Worker-side image-lab commands; the worker spreads this object into its API.
 * Attacks, slices and Experiments A+B run as plain JS on the MNIST-14 MLP and the AE
 * manifold (docs/science.md §3); a load failure rejects the call with a message and leaves the
 * rest of the engine untouched. Progress and cancellation travel with each call (jobTypes.ts).
 */
import { runExperimentAB, type ABResult } from '../core/experiments/experimentAB';
import { predictClass } from '../core/model/classifier';
import { withJob } from './jobControl';
import type { ProgressCallback } from './jobTypes';
import { attackImage, type ImageAttackRun } from './imageAttack';
import { bundledModels, dataFetcher } from './imageFiles';
import type { ModelBundle } from '../core/model/importedModelBundle';
import {
  autoencoderBundle,
  classifierBundle,
  importAutoencoderIntoLab,
  importedBundle,
  importIntoLab,
  labWithAutoencoder,
  labWithImported,
  type ImportedAeInLab,
  type ImportedInLab,
} from './imageImport';
import { loadImageLab, type ImageLab } from './imageLab';
import { imageSlice } from './imageSlice';
import type {
  AbProgress,
  ImportFile,
  AbRequest,
  ImageAttackRequest,
  ImageAttackResult,
  ImageLabChoice,
  ImageLabInfo,
  ImageSliceRequest,
  ImageSliceResult,
  ImageThumbnails,
} from './imageTypes';

let lab: ImageLab | null = null;
/** The lab with its shipped classifier; `lab` is this or it with an imported classifier. */
let base: ImageLab | null = null;
let imported: ImportedInLab | null = null;
let importedAe: ImportedAeInLab | null = null;
/** The data set the imports were checked on; switching data set drops them. */
let importedFor: string | null = null;
let lastRun: ImageAttackRun | null = null;
let seed = 1;
/**
 * Experiments A+B in the browser take steps twice the CLI's (0.02): on 30 MNIST-14 digits the
 * bisected flip norms and rho_delta moved by a median 0.1 % (max 1.3 %) for ~40 % less time.
 * The cap keeps the same 30-unit path so one digit stays within a few seconds.
 */
const BROWSER_AB = { stepSize: 0.02, maxSteps: 1500 };

function dropImported(): void {
  imported?.classifier.dispose();
  imported = null;
}

function dropImportedAe(): void {
  importedAe?.autoencoder.dispose();
  importedAe = null;
}

function needBase(): ImageLab {
  if (!base) throw new Error('the image lab is not loaded');
  return base;
}

/** Rebuilds `lab` from the base and the current imports; the last attack run was on the old one. */
function recompose(b: ImageLab): ImageLabInfo {
  lab = compose(b);
  lastRun = null;
  return lab.info;
}

/** Puts `next` (checked on `b`'s data set) in place of the imported classifier, or the shipped one back for null. */
function swapClassifier(b: ImageLab, next: ImportedInLab | null): ImageLabInfo {
  dropImported();
  imported = next;
  if (next) importedFor = b.info.dataset;
  return recompose(b);
}

/** Puts `next` (checked on `b`'s data set) in place of the imported autoencoder, or the shipped one back for null. */
function swapAutoencoder(b: ImageLab, next: ImportedAeInLab | null): ImageLabInfo {
  dropImportedAe();
  importedAe = next;
  if (next) importedFor = b.info.dataset;
  return recompose(b);
}

/** The base lab with whatever the user imported in place of the shipped models. */
function compose(b: ImageLab): ImageLab {
  const withClf = imported ? labWithImported(b, imported) : b;
  return importedAe ? labWithAutoencoder(withClf, importedAe) : withClf;
}

function need(): ImageLab {
  if (!lab) throw new Error('the image lab is not loaded');
  return lab;
}

/** The loaded lab (the image-training session reads its test split and manifold). */
export function currentImageLab(): ImageLab | null {
  return lab;
}

/**
 * Swap the lab's classifier (a network trained in the browser): attacks, slices and
 * Experiments A+B use it from now on; switching the data set brings back the shipped one.
 */
export function installImageClassifier(
  next: Pick<ImageLab, 'classifier' | 'weights'> & { id: string; architecture: string; testAccuracy: number | null },
): ImageLabInfo {
  const l = need();
  lab = {
    ...l,
    classifier: next.classifier,
    weights: next.weights,
    info: { ...l.info, classifierId: next.id, classifierArchitecture: next.architecture, testAccuracy: next.testAccuracy },
  };
  lastRun = null;
  return lab.info;
}

export const imageApi = {
  async imageLoad(choice: ImageLabChoice): Promise<ImageLabInfo> {
    try {
      base = await loadImageLab(choice, bundledModels, dataFetcher(choice.dataBase), base);
      if (importedFor !== base.info.dataset) {
        dropImported();
        dropImportedAe();
      }
      // Choosing another k asks for that shipped autoencoder.
      if (importedAe && importedAe.autoencoder.k !== choice.k) dropImportedAe();
      return recompose(base);
    } catch (e) {
      throw new Error(`The image lab could not load: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  },

  /** The first `count` test images as bytes, with labels and the classifier's predictions. */
  imageThumbnails(count: number): ImageThumbnails {
    const { test, classifier } = need();
    const m = Math.max(0, Math.min(count, test.count));
    const pixels = new Uint8Array(m * test.n);
    const preds = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const x = test.images.subarray(i * test.n, (i + 1) * test.n);
      for (let j = 0; j < test.n; j++) pixels[i * test.n + j] = Math.round(x[j] * 255);
      preds[i] = predictClass(classifier.logits(x));
    }
    return { side: test.side, pixels, labels: test.labels.slice(0, m), preds };
  },

  /** Attack one digit (synchronous, a few seconds at most); the result is the paper's seven-image row. */
  imageAttack(req: ImageAttackRequest): ImageAttackResult {
    lastRun = attackImage(need(), req, seed++);
    return lastRun.result;
  },

  /** The 3-D slice around the last attacked digit. */
  async imageSlice(req: ImageSliceRequest): Promise<ImageSliceResult> {
    if (!lastRun) throw new Error('attack a digit first: the slice is centred on it');
    return imageSlice(need(), lastRun, req);
  },

  /**
   * Experiments A and B on the first `count` test images, each finished row sent to `progress`;
   * clip = false drops the [0, 1] pixel box (on-manifold PGD can stall on its faces). An abort
   * ends the run after the current image; the result then holds the rows done (cancelled: true).
   */
  async imageRunAB(req: AbRequest, progress?: ProgressCallback<AbProgress>, signal?: AbortSignal): Promise<ABResult> {
    const l = need();
    const box = req.clip === false ? { lo: -Infinity, hi: Infinity } : { lo: 0, hi: 1 };
    return withJob(progress, signal, (job) =>
      runExperimentAB(
        l.classifier,
        l.tangentAt,
        l.test,
        req.count,
        { ...BROWSER_AB, ...box },
        {
          onProgress: (done, total, row) => job.tellEach({ stage: 'digits', done, total, row }),
          shouldCancel: job.shouldStop,
          yieldNow: job.pause,
        },
      ),
    );
  },

  /**
   * Replaces the classifier with a user's tfjs layers model (model.json + weight shards) after
   * checking it against the loaded data set; on any error the current classifier stays.
   */
  async imageImportClassifier(files: ImportFile[]): Promise<ImageLabInfo> {
    const b = needBase();
    return swapClassifier(b, await importIntoLab(b, files));
  },

  /** The imported classifier as one self-contained file (re-importable on its own). */
  imageExportImported(): { fileName: string; text: string } {
    if (!imported) throw new Error('no imported classifier to save');
    return importedBundle(imported);
  },

  /** The imported models as bundles (weights, name, input shape, hash) for a scene file; null where none. */
  imageImportedBundles(): { classifier: ModelBundle | null; autoencoder: ModelBundle | null } {
    return {
      classifier: imported ? classifierBundle(imported) : null,
      autoencoder: importedAe ? autoencoderBundle(importedAe) : null,
    };
  },

  /** Back to the shipped classifier of the loaded data set. */
  imageUseShippedClassifier(): ImageLabInfo {
    return swapClassifier(needBase(), null);
  },

  /** Replaces the manifold estimate with a user's autoencoder (a layer named "latent" splits E and D). */
  async imageImportAutoencoder(files: ImportFile[]): Promise<ImageLabInfo> {
    const b = needBase();
    return swapAutoencoder(b, await importAutoencoderIntoLab(b, files));
  },

  /** Back to the shipped autoencoder of the chosen k. */
  imageUseShippedAutoencoder(): ImageLabInfo {
    return swapAutoencoder(needBase(), null);
  },
};
