/**
 * Trains the image-lab models in Node with plain tfjs on the wasm backend (no native binaries)
 * and writes them in tfjs layers format with a manifest (docs/science.md §3):
 *   models/<dataset>-mlp/        classifier MLP n-256-256-10 (n = 196 at 14x14, 784 at 28x28)
 *   models/<dataset>-ae-k{8,16,32}/  autoencoders n-128-k-128-n with a smooth (softplus) decoder
 *   models/manifest.json
 * Usage: npx tsx scripts/models/train.ts [--dataset mnist14,mnist28,fmnist14] [--only mlp,ae-k16] [--quick]
 * Seeded: the same backend gives the same weights on every run (only dates and times change).
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { initNodeBackend, loadSplit } from './nodeTf';
import { isImageDatasetId, type ImageDatasetId } from '../../src/core/datasets/mnist14';
import {
  architectureString,
  autoencoderConfig,
  buildImageModel,
  DEFAULT_MLP,
  type ImageModelConfig,
} from '../../src/core/model/imageModels';
import { evaluateClassifier, fitImageModel, randomAffine, reconstructionMse, type AffineJitter } from '../../src/core/model/imageModelsTrain';
import { modelFromFiles, modelToFiles, WEIGHTS_FILE } from '../../src/core/model/imageModelsIO';
import { modelManifestSchema, type ModelEntry } from '../../src/core/model/imageModelsManifest';

const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'mnist14,mnist28,fmnist14' },
    only: { type: 'string' },
    out: { type: 'string', default: 'models' },
    quick: { type: 'boolean', default: false },
  },
});
const OUT = resolve(args.out!);
const only = args.only?.split(',');

interface Job {
  suffix: string;
  cfg: ImageModelConfig;
  epochs: Record<ImageDatasetId, number>;
  learningRate: number;
  jitter?: Partial<Record<ImageDatasetId, AffineJitter>>;
}

// MNIST-28 gets 30 epochs, not 40: its first layers are 4x wider, so an epoch costs ~5 s on an
// idle 2-core machine against ~1-3 s at 14x14 (the shipped ones took 13-31 s per epoch on a
// crowded one; see the manifest's trainSeconds).
const JOBS: Job[] = [
  {
    suffix: 'mlp',
    cfg: DEFAULT_MLP,
    epochs: { mnist14: 40, mnist28: 30, fmnist14: 30 },
    learningRate: 1e-3,
    // Digits tolerate small rotations and rescaling (the same shift in image widths at both
    // sides); clothes only get shifts.
    jitter: {
      mnist14: { maxShift: 1, maxRotateDeg: 10, maxScale: 0.1 },
      mnist28: { maxShift: 2, maxRotateDeg: 10, maxScale: 0.1 },
      fmnist14: { maxShift: 0.5, maxRotateDeg: 0, maxScale: 0 },
    },
  },
  ...[8, 16, 32].map((k) => ({
    suffix: `ae-k${k}`,
    cfg: autoencoderConfig(k),
    epochs: { mnist14: 40, mnist28: 30, fmnist14: 30 },
    learningRate: 2e-3,
  })),
];

/** The job's network for a data set's input size (the builders' defaults are 14x14). */
function configFor(cfg: ImageModelConfig, n: number): ImageModelConfig {
  return cfg.kind === 'cnn' ? { ...cfg, side: Math.round(Math.sqrt(n)) } : { ...cfg, inputDim: n };
}

const BATCH = 64;

async function trainOne(dataset: ImageDatasetId, job: Job): Promise<ModelEntry> {
  const id = `${dataset}-${job.suffix}`;
  const [{ set: train, manifest: dm }, { set: test }] = [await loadSplit(dataset, 'train'), await loadSplit(dataset, 'test')];
  const epochs = args.quick ? 2 : job.epochs[dataset];
  const jitter = job.jitter?.[dataset];
  const cfg = configFor(job.cfg, dm.n);
  const classify = cfg.kind !== 'autoencoder';
  const model = buildImageModel(cfg);
  const t0 = performance.now();
  const losses = await fitImageModel(model, train, classify ? 'classify' : 'reconstruct', {
    epochs,
    batchSize: BATCH,
    learningRate: job.learningRate,
    finalLrFraction: 0.05,
    seed: cfg.seed,
    augment: jitter ? randomAffine(dm.side, jitter) : undefined,
    onEpoch: (e, loss) => {
      if (e % 5 === 4 || e === epochs - 1) console.log(`  ${id} epoch ${e + 1}/${epochs} loss ${loss.toFixed(5)}`);
    },
  });
  const trainSeconds = (performance.now() - t0) / 1000;

  const { modelJson, weights } = await modelToFiles(model);
  const dir = join(OUT, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.json'), JSON.stringify(modelJson));
  writeFileSync(join(dir, WEIGHTS_FILE), weights);
  model.dispose();

  // Measure on the reloaded files, so the manifest describes exactly what ships.
  const shipped = await modelFromFiles(modelJson, weights);
  const metrics = classify
    ? { testAccuracy: evaluateClassifier(shipped, test).accuracy, trainAccuracy: evaluateClassifier(shipped, train).accuracy }
    : { testMse: reconstructionMse(shipped, test), trainMse: reconstructionMse(shipped, train) };
  shipped.dispose();
  console.log(`${id}: ${JSON.stringify(metrics)} in ${trainSeconds.toFixed(1)} s`);

  return {
    id,
    kind: classify ? 'classifier' : 'autoencoder',
    dataset,
    path: `${id}/model.json`,
    architecture: architectureString(cfg),
    config: { ...cfg },
    inputShape: [null, dm.n],
    latentK: cfg.kind === 'autoencoder' ? cfg.k : null,
    numClasses: classify ? dm.numClasses : null,
    parameters: Math.round(weights.byteLength / 4),
    metrics,
    training: {
      epochs,
      batchSize: BATCH,
      optimizer: 'adam',
      learningRate: job.learningRate,
      schedule: 'cosine decay to 5 %',
      loss: classify ? 'categorical cross-entropy' : 'mean squared error',
      augmentation: jitter ? `random affine: shift <= ${jitter.maxShift} px, rotation <= ${jitter.maxRotateDeg} deg, scale +-${jitter.maxScale * 100} %` : 'none',
      seed: cfg.seed,
      trainSeconds: Math.round(trainSeconds * 10) / 10,
      finalLoss: losses[losses.length - 1],
    },
    data: {
      train: { file: dm.splits.train.file, count: train.count, sha256: dm.splits.train.sha256 },
      test: { file: dm.splits.test.file, count: test.count, sha256: dm.splits.test.sha256 },
    },
    tfjsVersion: tf.version.tfjs,
    backend: tf.getBackend(),
    date: new Date().toISOString(),
  };
}

const backend = await initNodeBackend('wasm');
console.log(`tfjs ${tf.version.tfjs} on ${backend}`);
mkdirSync(OUT, { recursive: true });
const manifestPath = join(OUT, 'manifest.json');
const previous = existsSync(manifestPath) ? modelManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))).models : [];
const entries = new Map(previous.map((m) => [m.id, m] as const));
const t0 = performance.now();
const datasets = args.dataset!.split(',');
for (const d of datasets) if (!isImageDatasetId(d)) throw new Error(`--dataset: unknown data set "${d}"`);
for (const dataset of datasets as ImageDatasetId[]) {
  for (const job of JOBS) {
    if (only && !only.includes(job.suffix)) continue;
    const entry = await trainOne(dataset, job);
    entries.set(entry.id, entry);
    // Written after every model, so an interrupted run keeps what it finished.
    const models = [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
    writeFileSync(manifestPath, JSON.stringify(modelManifestSchema.parse({ version: 1, models }), null, 2) + '\n');
  }
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s; tensors left: ${tf.memory().numTensors}`);
