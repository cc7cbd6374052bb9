/**
 * Shared command-line plumbing of the adversarial-training and Ilyas-paradox experiments:
 * toy dataset flags, seed lists, the shipped image data and models, the flags every image
 * run shares, JSON output.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatasetSpec } from '../../src/core/datasets';
import { isImageDatasetId, type ImageDatasetId, type ImageSet } from '../../src/core/datasets/mnist14';
import { jsonReplacer, markdownTable } from '../../src/core/experiments/report';
import { loadLabModels, type LabModels, type ModelFiles } from '../../src/core/experiments/imageExperimentModels';
import type { PerturbationNorm } from '../../src/core/experiments/evaluate';
import { autoencoderKOf, loadClaimsImages, type ClaimsImageSource, type ClaimsImages } from '../../src/engine/claimsImageData';
import { IMAGE_CLAIM_RUNS, type ImageRunHooks } from '../../src/engine/claimsImageRuns';
import type { ImageClaimBase, ImageClaimOutcomes, ImageClaimRequests, ImageClaimRun } from '../../src/engine/claimsImageTypes';
import { diskFetcher, loadSplit } from '../models/nodeTf';

/** parseArgs options describing a toy dataset (docs/science.md §2). */
export const TOY_OPTIONS = {
  manifold: { type: 'string', default: 'plane3d' },
  pattern: { type: 'string', default: 'checkerboard' },
  layout: { type: 'string', default: 'paper' },
  count: { type: 'string', default: '25' },
  'ambient-dim': { type: 'string' },
  'intrinsic-dim': { type: 'string' },
  cells: { type: 'string' },
} as const;

type Flags = Record<string, string | boolean | undefined>;

export const num = (v: unknown, name: string): number => {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`--${name} must be a number (got ${String(v)})`);
  return x;
};

export function toySpec(f: Flags, seed: number): DatasetSpec {
  const opt = (k: string) => (f[k] === undefined ? undefined : num(f[k], k));
  return {
    manifold: f.manifold as DatasetSpec['manifold'],
    pattern: f.pattern as DatasetSpec['pattern'],
    layout: f.layout as DatasetSpec['layout'],
    count: num(f.count, 'count'),
    seed,
    ambientDim: opt('ambient-dim'),
    intrinsicDim: opt('intrinsic-dim'),
    cells: opt('cells'),
  };
}

/** parseArgs options of the PGD attack (norm, budget ε, steps), with each experiment's defaults. */
export const attackOptions = (eps: string, steps: string) =>
  ({
    norm: { type: 'string', default: 'L2' },
    eps: { type: 'string', default: eps },
    steps: { type: 'string', default: steps },
  }) as const;

/** The PGD attack those flags describe; throws on a norm other than L2 or Linf. */
export function attackFlags(f: Flags): { norm: PerturbationNorm; eps: number; steps: number } {
  if (f.norm !== 'L2' && f.norm !== 'Linf') throw new Error('--norm must be L2 or Linf');
  return { norm: f.norm, eps: num(f.eps, 'eps'), steps: num(f.steps, 'steps') };
}

export const seedList = (s: string): number[] => s.split(',').map((v) => num(v, 'seeds'));

export function writeJson(path: string | undefined, value: unknown): void {
  if (!path) return;
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, jsonReplacer));
  console.log(`\nwrote ${file}`);
}

/** True when `metaUrl` is the module node was started with (so main() runs only then). */
export const isEntry = (metaUrl: string): boolean => !!process.argv[1] && metaUrl === pathToFileURL(resolve(process.argv[1])).href;

export async function loadImages(id: ImageDatasetId): Promise<{ train: ImageSet; test: ImageSet }> {
  return { train: (await loadSplit(id, 'train')).set, test: (await loadSplit(id, 'test')).set };
}

/** Files under models/ for the shared image-model loader. */
const modelFiles: ModelFiles = {
  json: async (p) => JSON.parse(readFileSync(join(process.cwd(), 'models', p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(process.cwd(), 'models', p))),
};

/** The shipped classifier and k-latent autoencoder of a data set (tfjs cpu backend, weights copied out). */
export async function loadModels(dataset: ImageDatasetId, k: number): Promise<LabModels> {
  await tf.setBackend('cpu');
  return loadLabModels(modelFiles, { dataset, k });
}

/** models/ and public/data read from disk: the same files the worker fetches. */
export const diskSource: ClaimsImageSource = { models: modelFiles, data: diskFetcher };

/** The data and models an image claims run needs (tfjs cpu backend for the model loader). */
export async function loadClaimsData(dataset: ImageDatasetId, k: number): Promise<ClaimsImages> {
  await tf.setBackend('cpu');
  return loadClaimsImages(diskSource, dataset, k);
}

/** parseArgs options of what every image claims run shares (defaults as each script's doc says). */
export const imageBaseOptions = (trainCount: number, testCount: number, hidden: string) =>
  ({
    dataset: { type: 'string', default: 'mnist14' },
    'train-count': { type: 'string', default: String(trainCount) },
    'test-count': { type: 'string', default: String(testCount) },
    hidden: { type: 'string', default: hidden },
    lr: { type: 'string', default: '0.001' },
    batch: { type: 'string', default: '64' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  }) as const;

/** The shared part of an image request from those flags. */
export function imageBase(f: Flags): ImageClaimBase {
  return {
    dataset: f.dataset as ImageDatasetId,
    trainCount: num(f['train-count'], 'train-count'),
    testCount: num(f['test-count'], 'test-count'),
    hidden: String(f.hidden).split(',').map((h) => num(h, 'hidden')),
    lr: num(f.lr, 'lr'),
    batch: num(f.batch, 'batch'),
    seed: num(f.seed, 'seed'),
  };
}

/** The CLI's run hooks: progress lines on stderr. */
export const cliHooks: ImageRunHooks = { log: (line: string) => void process.stderr.write(line + '\n') };

/**
 * One image claims CLI: the worker's run it is (which fixes the run function and the
 * autoencoder it loads), its flags and the heading of its report.
 */
export interface ImageClaimCli<R extends ImageClaimRun> {
  experiment: string;
  run: R;
  parse(argv: string[]): { req: ImageClaimRequests[R]; out?: string };
  heading(o: ImageClaimOutcomes[R]): string;
  digits?: number;
}

/** Parse, load from disk and run (engine/claimsImageRuns.ts, as the worker does); the outcome. */
export async function runImageClaimCli<R extends ImageClaimRun>(cli: ImageClaimCli<R>, argv: string[], hooks = cliHooks): Promise<ImageClaimOutcomes[R]> {
  const { req } = cli.parse(argv);
  return IMAGE_CLAIM_RUNS[cli.run](await loadClaimsData(req.dataset, autoencoderKOf(cli.run, req)), req, hooks);
}

/** The whole main of an image claims CLI: run, print the heading and markdown table, write --out. */
export async function imageClaimMain<R extends ImageClaimRun>(cli: ImageClaimCli<R>, argv: string[]): Promise<void> {
  const o = await runImageClaimCli(cli, argv);
  console.log(`\n### ${cli.heading(o)}\n\n${markdownTable(o.table, cli.digits)}`);
  writeJson(cli.parse(argv).out, { experiment: cli.experiment, command: `${cli.experiment}-mnist ${argv.join(' ')}`, ...o });
}

/** Image data sets go to `image` (argv unchanged); for toys `--dataset X` becomes `--manifold X`. */
export function routeByDataset(argv: string[], image: (a: string[]) => Promise<void>, toy: (a: string[]) => Promise<void>): Promise<void> {
  const at = argv.findIndex((a) => a === '--dataset' || a.startsWith('--dataset='));
  const value = at < 0 ? undefined : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (isImageDatasetId(value)) return image(argv);
  if (at < 0) return toy(argv);
  const rest = argv.filter((_, i) => i !== at && !(i === at + 1 && !argv[at].includes('=')));
  return toy([...rest, '--manifold', value ?? '']);
}
