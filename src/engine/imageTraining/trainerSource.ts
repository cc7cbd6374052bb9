/**
 * The one place the image-training session gets its trainer and its frozen-network classifier
 * (contract: core/model/image/imageTrainer.ts). Today the interim tfjs-layers versions.
 */
import type { ClassifierConfig } from '../../core/model/imageModels';
import type { ImageClassifierFactory, ImageTrainer, ImageTrainOptions } from '../../core/model/image/imageTrainer';
import { interimClassifierFactory } from './interimClassifier';
import { interimTfjsTrainer } from './interimTfjsTrainer';

export async function createImageTrainer(config: ClassifierConfig, options: ImageTrainOptions): Promise<ImageTrainer> {
  return interimTfjsTrainer(config, options);
}

export const classifierOfSnapshot: ImageClassifierFactory = interimClassifierFactory;
