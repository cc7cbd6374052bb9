/**
 * The one place the image-training session gets its trainer and its frozen-network classifier
 * (contract: core/model/image/imageTrainer.ts): the backend is chosen once per network kind and
 * batch size (engine/imageBackendChoice.ts: WebGPU on hardware, else the fastest timed step),
 * and kept for the session's later trainers (the snapshot viewer).
 */
import * as tf from '@tensorflow/tfjs';
import type { ClassifierConfig } from '../../core/model/imageModels';
import { imageClassifier } from '../../core/model/image/imageClassifier';
import type { ImageClassifierFactory, ImageTrainer, ImageTrainerBackend, ImageTrainOptions } from '../../core/model/image/imageTrainer';
import { createImageTrainer as createTfImageTrainer } from '../../core/model/image/tfImageTrainer';
import type { ImageBackendChoice } from '../imageBackendChoice';

const chosen = new Map<string, ImageBackendChoice>();

/** A trainer on the measured backend (timed on the first run of this network kind and batch size). */
export async function createImageTrainer(config: ClassifierConfig, options: ImageTrainOptions, choose = true): Promise<ImageTrainer> {
  if (!choose) return createTfImageTrainer(config, options, tf.getBackend() as ImageTrainerBackend);
  const key = `${config.kind}-${options.batchSize}`;
  let c = chosen.get(key);
  if (!c) {
    // Outside a browser (Node scripts and tests) there is nothing to choose between: keep the active backend.
    c =
      typeof navigator === 'undefined'
        ? { backend: tf.getBackend() as ImageTrainerBackend, reason: 'the active tfjs backend (no browser)', timings: [] }
        : await (await import('../imageBackendChoice')).chooseImageBackend(config, options); // imported late: it pulls the browser's wasm assets
    chosen.set(key, c);
  }
  return createTfImageTrainer(config, options, c.backend);
}

/** Why the backend was chosen, for the page (null before the first run). */
export function backendChoiceOf(config: ClassifierConfig, batchSize: number): ImageBackendChoice | null {
  return chosen.get(`${config.kind}-${batchSize}`) ?? null;
}

export const classifierOfSnapshot: ImageClassifierFactory = imageClassifier;
