/**
 * The worker's image-lab state: the chosen data set's test split, its classifier as
 * a plain-JS MLP, and its autoencoders (loaded on demand per k) as tangent providers.
 */
import { loadImageSet, type ImageSet, type ImageSetFetcher } from '../core/datasets/mnist14';
import { loadAutoencoder, loadClassifier, loadManifest, type ModelFiles } from '../core/experiments/imageExperimentModels';
import { decoderTangentAt, decoderTangentProvider, type TangentFrame, type TangentProvider } from '../core/geometry/decoderTangent';
import type { Classifier } from '../core/model/classifier';
import type { AutoencoderStacks } from '../core/model/decoderWeights';
import { findModel, type ModelEntry, type ModelManifest } from '../core/model/imageModelsManifest';
import type { MlpWeights } from '../core/model/mlpWeights';
import type { BatchLogits } from './imageSliceGrid';
import type { ImageLabChoice, ImageLabInfo } from './imageTypes';

export interface ImageLab {
  readonly info: ImageLabInfo;
  readonly manifest: ModelManifest;
  readonly test: ImageSet;
  /** The classifier's dense stack when it is an MLP (fast slice grid), null otherwise. */
  readonly weights: MlpWeights | null;
  readonly classifier: Classifier;
  /** Batched logits for the slice grid when the classifier is not the shipped MLP (an imported model). */
  readonly batchLogits?: BatchLogits;
  readonly maps: AutoencoderStacks;
  readonly tangentAt: TangentProvider;
  frameAt(x: ArrayLike<number>): TangentFrame;
}

/** Loads (or reuses) the lab for `choice`; a new k only loads that autoencoder. */
export async function loadImageLab(
  choice: ImageLabChoice,
  models: ModelFiles,
  data: ImageSetFetcher,
  previous: ImageLab | null,
): Promise<ImageLab> {
  const same = previous && previous.info.dataset === choice.dataset;
  const manifest = same ? previous.manifest : await loadManifest(models);
  const clfEntry = findModel(manifest, `${choice.dataset}-mlp`);
  const aeEntry = findModel(manifest, `${choice.dataset}-ae-k${choice.k}`);
  const test = same ? previous.test : (await loadImageSet(choice.dataset, 'test', data)).set;
  const clf = same ? { weights: previous.weights, classifier: previous.classifier } : await loadClassifier(models, clfEntry);
  const maps = same && previous.info.k === choice.k ? previous.maps : await loadAutoencoder(models, aeEntry);
  if (maps.n !== test.n || clf.classifier.inputDim !== test.n) {
    throw new Error(`models expect ${clf.classifier.inputDim} pixels, ${choice.dataset} images have ${test.n}`);
  }
  return {
    info: infoOf(choice, manifest, clfEntry, aeEntry, test),
    manifest,
    test,
    ...clf,
    maps,
    tangentAt: decoderTangentProvider(maps),
    frameAt: (x) => decoderTangentAt(maps, x),
  };
}

function infoOf(choice: ImageLabChoice, manifest: ModelManifest, clf: ModelEntry, ae: ModelEntry, test: ImageSet): ImageLabInfo {
  return {
    dataset: choice.dataset,
    k: choice.k,
    n: test.n,
    side: test.side,
    numClasses: test.numClasses,
    testCount: test.count,
    classifierId: clf.id,
    classifierArchitecture: clf.architecture,
    testAccuracy: clf.metrics.testAccuracy ?? null,
    autoencoderId: ae.id,
    autoencoderArchitecture: ae.architecture,
    reconstructionMse: ae.metrics.testMse ?? null,
    availableK: manifest.models
      .filter((m) => m.kind === 'autoencoder' && m.dataset === choice.dataset && m.latentK)
      .map((m) => m.latentK as number)
      .sort((a, b) => a - b),
  };
}

/** A test image (a copy) or a drawn one, checked against the lab's n. */
export function startImage(
  lab: ImageLab,
  index?: number,
  pixels?: ArrayLike<number>,
): { x0: Float64Array; index: number | null; label: number | null } {
  const n = lab.test.n;
  if (index !== undefined) {
    if (!(Number.isInteger(index) && index >= 0 && index < lab.test.count)) throw new Error(`no test image ${index}`);
    return { x0: Float64Array.from(lab.test.images.subarray(index * n, (index + 1) * n)), index, label: lab.test.labels[index] };
  }
  if (pixels && pixels.length === n) return { x0: Float64Array.from(pixels, (v) => Math.min(1, Math.max(0, v))), index: null, label: null };
  throw new Error(`an image attack needs a test image index or ${n} pixels`);
}
