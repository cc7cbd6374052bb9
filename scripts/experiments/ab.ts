/**
 * Experiments A and B (docs/science.md §3) from the command line:
 *   npm run experiment -- --exp ab --dataset mnist14|mnist28|fmnist14 --k 16 --n 100
 *     [--out experiments/ab-mnist14-k16.json] [--step 0.01] [--max-steps 3000] [--seed 1]
 *     [--null-draws 1000] [--no-clip] [--classifier mnist14-mlp] [--first 0]
 * Prints the markdown table (with the §4 k/n and support-matched nulls and the §3 reference)
 * and writes JSON. On a crowded machine, split a run into shards over disjoint image ranges
 * (--first F --n N each, run side by side) and join them, exactly as one run, with
 *   npm run experiment -- --exp ab --merge shard1.json,shard2.json --out experiments/ab-....json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { IMAGE_DATASET_IDS, isImageDatasetId } from '../../src/core/datasets/mnist14';
import { decoderTangentProvider } from '../../src/core/geometry/decoderTangent';
import { runExperimentAB } from '../../src/core/experiments/experimentAB';
import { abMarkdown } from '../../src/core/experiments/experimentABFormat';
import { AB_REFERENCE, summarizeAB } from '../../src/core/experiments/experimentABStats';
import type { ABRow } from '../../src/core/experiments/experimentAB';
import { loadLabModels, type ModelFiles } from '../../src/core/experiments/imageExperimentModels';
import { loadSplit } from '../models/nodeTf';

const MODELS_DIR = join(process.cwd(), 'models');
const diskModels: ModelFiles = {
  json: async (p) => JSON.parse(readFileSync(join(MODELS_DIR, p), 'utf8')),
  bytes: async (p) => new Uint8Array(readFileSync(join(MODELS_DIR, p))),
};

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      dataset: { type: 'string', default: 'mnist14' },
      k: { type: 'string', default: '16' },
      n: { type: 'string', default: '100' },
      out: { type: 'string' },
      classifier: { type: 'string' },
      step: { type: 'string', default: '0.01' },
      'max-steps': { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      'null-draws': { type: 'string', default: '1000' },
      'no-clip': { type: 'boolean', default: false },
      first: { type: 'string', default: '0' },
      merge: { type: 'string' },
    },
  });
  if (values.merge) return merge(values.merge.split(','), values.out, args);
  const dataset = values.dataset;
  if (!isImageDatasetId(dataset)) throw new Error(`--dataset must be one of ${IMAGE_DATASET_IDS.join(', ')}, got ${dataset}`);
  const nullDraws = Number(values['null-draws']);
  if (!Number.isInteger(nullDraws) || nullDraws < 2) throw new Error(`--null-draws must be an integer ≥ 2, got ${values['null-draws']}`);
  const k = Number(values.k);
  const count = Number(values.n);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
  const first = Number(values.first);
  if (!Number.isInteger(first) || first < 0) throw new Error(`--first must be a non-negative integer, got ${values.first}`);
  const out = values.out ?? join('experiments', `ab-${dataset}-k${k}.json`);
  await tf.setBackend('cpu'); // tfjs only parses the files; inference is plain JS
  const models = await loadLabModels(diskModels, { dataset, k, classifierId: values.classifier });
  const { set } = await loadSplit(dataset, 'test');
  // --no-clip drops the [0, 1] pixel box: on-manifold PGD then cannot get stuck on the box faces.
  const box = values['no-clip'] ? { lo: -Infinity, hi: Infinity } : { lo: 0, hi: 1 };
  const options = { stepSize: Number(values.step), maxSteps: Number(values['max-steps']), seed: Number(values.seed), nullDraws, ...box };
  const label = `${dataset}, ${models.classifierEntry.id} (test acc. ${models.classifierEntry.metrics.testAccuracy}), ${models.autoencoderEntry.id}`;
  console.error(`Experiments A+B: ${label}, test images ${first}..${first + count - 1}`);
  const res = await runExperimentAB(models.classifier, decoderTangentProvider(models.maps), set, count, options, {
    onProgress: (done, total) => {
      if (done % 10 === 0 || done === total) console.error(`  ${done}/${total} images`);
    },
  }, first);
  const clip = values['no-clip'] ? 'no pixel clipping' : 'pixels clipped to [0, 1]';
  const title = `Experiments A+B: ${label}, ${res.rows.length} test images, ${clip}, ${res.seconds.toFixed(1)} s`;
  console.log(abMarkdown(res.summary, title));
  const doc = {
    experiment: 'ab',
    command: `npm run experiment -- --exp ab ${args.join(' ')}`.trim(),
    date: new Date().toISOString(),
    dataset,
    classifier: { id: models.classifierEntry.id, architecture: models.classifierEntry.architecture, metrics: models.classifierEntry.metrics },
    autoencoder: { id: models.autoencoderEntry.id, architecture: models.autoencoderEntry.architecture, metrics: models.autoencoderEntry.metrics },
    reference: { source: 'docs/science.md §3 (28x28 MNIST, k = 16, 10 images)', ...AB_REFERENCE },
    nulls: {
      kOverN: 'rho of an isotropic direction ~ Beta(k/2, (n-k)/2): summary.null (docs/science.md §4)',
      supportMatched:
        `per image, rho of ${nullDraws} perturbations with delta's (for rhoGrad: the gradient's) own per-pixel ` +
        'magnitudes and random signs: rows[].supportNull{Delta,Grad}{,Lo,Hi} = exact mean, 2.5 / 97.5 % quantiles; ' +
        'summary.supportNull = share of images above / below their own band (docs/science.md §4, the pixel box)',
    },
    ...res,
  };
  write(out, doc);
}

function write(out: string, doc: object): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 1) + '\n');
  console.error(`wrote ${out}`);
}

/** Joins shard files of one experiment (same data, models and options; disjoint images) into one. */
function merge(files: string[], out: string | undefined, args: string[]): void {
  if (!out) throw new Error('--merge needs --out for the joined file');
  const docs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const same = (key: string) => JSON.stringify(docs[0][key]);
  for (const [i, d] of docs.entries()) {
    for (const key of ['dataset', 'classifier', 'autoencoder', 'options']) {
      if (JSON.stringify(d[key]) !== same(key)) throw new Error(`${files[i]}: its ${key} differs from ${files[0]}'s; only shards of one run can be joined`);
    }
  }
  const rows: ABRow[] = docs.flatMap((d) => d.rows).sort((a, b) => a.index - b.index);
  const dup = rows.find((r, i) => i > 0 && r.index === rows[i - 1].index);
  if (dup) throw new Error(`image ${dup.index} is in more than one shard`);
  const summary = summarizeAB(rows, docs[0].summary.n);
  const seconds = docs.reduce((s, d) => s + d.seconds, 0);
  console.log(abMarkdown(summary, `Experiments A+B: ${docs[0].dataset}, ${docs[0].classifier.id}, ${docs[0].autoencoder.id}, ${rows.length} test images (${files.length} shards, ${seconds.toFixed(1)} s in all)`));
  const { command: _c, date: _d, rows: _r, summary: _s, seconds: _t, ...rest } = docs[0];
  write(out, {
    ...rest,
    command: `npm run experiment -- --exp ab ${args.join(' ')}`.trim(),
    shards: docs.map((d, i) => ({ file: basename(files[i]), command: d.command, date: d.date, seconds: d.seconds, images: d.rows.length })),
    date: new Date().toISOString(),
    rows,
    summary,
    cancelled: docs.some((d) => d.cancelled),
    seconds,
  });
}
