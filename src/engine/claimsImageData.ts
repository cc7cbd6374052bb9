/**
 * The shipped image data and models the image claims run on, read through injected file
 * access (bundled assets and fetch in the worker, the disk in the CLI and the tests) so both
 * load the same bytes the same way.
 */
import { loadImageSet, type ImageDatasetId, type ImageSet, type ImageSetFetcher } from '../core/datasets/mnist14';
import type { LabelledSet } from '../core/experiments/evaluate';
import { loadLabModels, type LabModels, type ModelFiles } from '../core/experiments/imageExperimentModels';
import { createRng } from '../core/rng';
import type { ImageClaimRequests, ImageClaimRun } from './claimsImageTypes';

/** The paradox needs only the classifier; it loads the k of the other runs' default. */
const PARADOX_K = 16;

/** The latent size of the autoencoder a run loads: its request's aeK, or PARADOX_K for the paradox. */
export const autoencoderKOf = <R extends ImageClaimRun>(run: R, r: ImageClaimRequests[R]): number =>
  'aeK' in r && run !== 'paradoxImages' ? r.aeK : PARADOX_K;

export interface ClaimsImageSource {
  /** models/ (manifest.json, <id>/model.json, <id>/weights.bin). */
  models: ModelFiles;
  /** public/data (<dataset>.json and its splits). */
  data: ImageSetFetcher;
}

export interface ClaimsImages {
  dataset: ImageDatasetId;
  train: ImageSet;
  test: ImageSet;
  /** The shipped classifier (N1 of the paradox) and the k-latent autoencoder (the tangent space). */
  models: LabModels;
}

/** Both splits of `dataset`, its shipped MLP and its k-latent autoencoder, checked to agree on n. */
export async function loadClaimsImages(source: ClaimsImageSource, dataset: ImageDatasetId, k: number): Promise<ClaimsImages> {
  const [train, test, models] = await Promise.all([
    loadImageSet(dataset, 'train', source.data),
    loadImageSet(dataset, 'test', source.data),
    loadLabModels(source.models, { dataset, k }),
  ]);
  if (models.maps.n !== train.set.n || models.classifier.inputDim !== train.set.n) {
    throw new Error(`models of ${dataset} expect ${models.classifier.inputDim} pixels, its images have ${train.set.n}`);
  }
  return { dataset, train: train.set, test: test.set, models };
}

/** One loaded data set at a time, reused while dataset and k stay (the worker's cache). */
export function claimsImageCache(source: (dataBase: string) => ClaimsImageSource) {
  let held: { key: string; data: Promise<ClaimsImages> } | null = null;
  return (dataset: ImageDatasetId, k: number, dataBase: string): Promise<ClaimsImages> => {
    const key = `${dataBase}|${dataset}|${k}`;
    if (held?.key !== key) {
      const data = loadClaimsImages(source(dataBase), dataset, k);
      held = { key, data };
      // A failed load is not kept: the next request tries again.
      data.catch(() => {
        if (held?.data === data) held = null;
      });
    }
    return held.data;
  };
}

/** The first `count` images of a seeded Fisher-Yates shuffle of a split (copies). */
export function subset(set: ImageSet, count: number, seed: number): LabelledSet {
  const idx = Int32Array.from({ length: set.count }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const m = Math.min(count, set.count);
  const points = new Float32Array(m * set.n);
  const labels = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    points.set(set.images.subarray(idx[r] * set.n, (idx[r] + 1) * set.n), r * set.n);
    labels[r] = set.labels[idx[r]];
  }
  return { points, labels, n: set.n, numClasses: set.numClasses };
}
