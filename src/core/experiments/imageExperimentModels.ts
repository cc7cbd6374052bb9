/**
 * Loads what the image experiments need (docs/science.md §3) from the shipped models/ folder:
 * the manifest, a classifier as a plain-JS MLP and an autoencoder as plain Dense stacks.
 * File access is injected (fs in the CLI, fetch in the worker); the tfjs models are disposed
 * once their weights are copied, so nothing stays on the tfjs backend.
 */
import type { ImageDatasetId } from '../datasets/mnist14';
import type { Classifier } from '../model/classifier';
import { autoencoderStacks, type AutoencoderStacks } from '../model/decoderWeights';
import { mlpWeightsFromModel } from '../model/imageModels';
import { modelFromFiles } from '../model/imageModelsIO';
import { findModel, parseModelManifest, type ModelEntry, type ModelManifest } from '../model/imageModelsManifest';
import { mlpClassifier } from '../model/jsMlp';
import type { MlpWeights } from '../model/mlpWeights';

/** Reads files by their path relative to models/ (e.g. "manifest.json", "mnist14-mlp/weights.bin"). */
export interface ModelFiles {
  json(path: string): Promise<unknown>;
  bytes(path: string): Promise<ArrayBuffer | Uint8Array>;
}

export interface LabModelChoice {
  readonly dataset: ImageDatasetId;
  /** Latent size of the autoencoder (8, 16, 32). */
  readonly k: number;
  /** Classifier id; default `${dataset}-mlp`. */
  readonly classifierId?: string;
}

export interface LabModels {
  readonly manifest: ModelManifest;
  readonly classifierEntry: ModelEntry;
  readonly autoencoderEntry: ModelEntry;
  readonly weights: MlpWeights;
  readonly classifier: Classifier;
  readonly maps: AutoencoderStacks;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

async function loadEntry(files: ModelFiles, entry: ModelEntry) {
  const wrap = (e: unknown) => new Error(`model ${entry.id} (${entry.path}): ${e instanceof Error ? e.message : String(e)}`);
  try {
    const json = await files.json(entry.path);
    const bytes = await files.bytes(dirOf(entry.path) + 'weights.bin');
    return await modelFromFiles(json, bytes);
  } catch (e) {
    throw wrap(e);
  }
}

export async function loadManifest(files: ModelFiles): Promise<ModelManifest> {
  return parseModelManifest(await files.json('manifest.json'));
}

/** A classifier entry as a plain-JS MLP (its tfjs model is disposed). */
export async function loadClassifier(files: ModelFiles, entry: ModelEntry): Promise<{ weights: MlpWeights; classifier: Classifier }> {
  if (entry.kind !== 'classifier') throw new Error(`${entry.id} is not a classifier`);
  const model = await loadEntry(files, entry);
  try {
    const weights = mlpWeightsFromModel(model);
    return { weights, classifier: mlpClassifier(weights, entry.numClasses ?? undefined) };
  } catch (e) {
    throw new Error(`model ${entry.id}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    model.dispose();
  }
}

/** An autoencoder entry as plain Dense stacks E and D (its tfjs model is disposed). */
export async function loadAutoencoder(files: ModelFiles, entry: ModelEntry): Promise<AutoencoderStacks> {
  if (entry.kind !== 'autoencoder') throw new Error(`${entry.id} is not an autoencoder`);
  const model = await loadEntry(files, entry);
  try {
    return autoencoderStacks(model);
  } catch (e) {
    throw new Error(`model ${entry.id}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    model.dispose();
  }
}

/** The classifier and autoencoder of one data set and latent size. */
export async function loadLabModels(files: ModelFiles, choice: LabModelChoice, manifest?: ModelManifest): Promise<LabModels> {
  const man = manifest ?? (await loadManifest(files));
  const classifierEntry = findModel(man, choice.classifierId ?? `${choice.dataset}-mlp`);
  const autoencoderEntry = findModel(man, `${choice.dataset}-ae-k${choice.k}`);
  if (classifierEntry.dataset !== choice.dataset) throw new Error(`${classifierEntry.id} was trained on ${classifierEntry.dataset}, not ${choice.dataset}`);
  const { weights, classifier } = await loadClassifier(files, classifierEntry);
  const maps = await loadAutoencoder(files, autoencoderEntry);
  return { manifest: man, classifierEntry, autoencoderEntry, weights, classifier, maps };
}
