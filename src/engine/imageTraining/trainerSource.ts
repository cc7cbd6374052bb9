/**
 * The one place the image-training session gets its trainer and its frozen-network classifier
 * (contract: core/model/image/imageTrainer.ts). The trainer is core/model/image's on the tfjs
 * backend the engine runs on; the classifier is still the interim one (interimClassifier.ts).
 */
import * as tf from '@tensorflow/tfjs';
import type { ClassifierConfig } from '../../core/model/imageModels';
import type { ImageClassifierFactory, ImageTrainer, ImageTrainerBackend, ImageTrainOptions } from '../../core/model/image/imageTrainer';
import { createImageTrainer as createTfImageTrainer } from '../../core/model/image/tfImageTrainer';
import { interimClassifierFactory } from './interimClassifier';

export async function createImageTrainer(config: ClassifierConfig, options: ImageTrainOptions): Promise<ImageTrainer> {
  return createTfImageTrainer(config, options, tf.getBackend() as ImageTrainerBackend);
}

export const classifierOfSnapshot: ImageClassifierFactory = interimClassifierFactory;
