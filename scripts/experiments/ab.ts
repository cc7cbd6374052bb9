/**
 * Experiments A and B (docs/science.md §3) from the command line:
 *   npm run experiment -- --exp ab --dataset mnist14|mnist28|fmnist14 --k 16 --n 100
 *     [--out experiments/ab-mnist14-k16.json] [--step 0.01] [--max-steps 3000] [--seed 1]
 *     [--null-draws 1000] [--no-clip] [--classifier mnist14-mlp]
 * Prints the markdown table (with the §4 k/n and support-matched nulls and the §3 reference)
 * and writes JSON.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { IMAGE_DATASET_IDS, isImageDatasetId } from '../../src/core/datasets/mnist14';
import { decoderTangentProvider } from '../../src/core/geometry/decoderTangent';
import { runExperimentAB } from '../../src/core/experiments/experimentAB';
import { abMarkdown } from '../../src/core/experiments/experimentABFormat';
import { AB_REFERENCE } from '../../src/core/experiments/experimentABStats';
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
    },
  });
  const dataset = values.dataset;
  if (!isImageDatasetId(dataset)) throw new Error(`--dataset must be one of ${IMAGE_DATASET_IDS.join(', ')}, got ${dataset}`);
  const nullDraws = Number(values['null-draws']);
  if (!Number.isInteger(nullDraws) || nullDraws < 2) throw new Error(`--null-draws must be an integer ≥ 2, got ${values['null-draws']}`);
  const k = Number(values.k);
  const count = Number(values.n);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
  const out = values.out ?? join('experiments', `ab-${dataset}-k${k}.json`);
  await tf.setBackend('cpu'); // tfjs only parses the files; inference is plain JS
  const models = await loadLabModels(diskModels, { dataset, k, classifierId: values.classifier });
  const { set } = await loadSplit(dataset, 'test');
  // --no-clip drops the [0, 1] pixel box: on-manifold PGD then cannot get stuck on the box faces.
  const box = values['no-clip'] ? { lo: -Infinity, hi: Infinity } : { lo: 0, hi: 1 };
  const options = { stepSize: Number(values.step), maxSteps: Number(values['max-steps']), seed: Number(values.seed), nullDraws, ...box };
  const label = `${dataset}, ${models.classifierEntry.id} (test acc. ${models.classifierEntry.metrics.testAccuracy}), ${models.autoencoderEntry.id}`;
  console.error(`Experiments A+B: ${label}, first ${count} test images`);
  const res = await runExperimentAB(models.classifier, decoderTangentProvider(models.maps), set, count, options, {
    onProgress: (done, total) => {
      if (done % 10 === 0 || done === total) console.error(`  ${done}/${total} images`);
    },
  });
  const clip = values['no-clip'] ? 'no pixel clipping' : 'pixels clipped to [0, 1]';
  const title = `Experiments A+B: ${label}, ${res.rows.length} test images, ${clip}, ${res.seconds.toFixed(1)} s`;
  console.log(abMarkdown(res.summary, title));
  mkdirSync(dirname(out), { recursive: true });
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
        'summary.supportNull = share of images above / below their own band (docs/science.md §4 "On images the box matters")',
    },
    ...res,
  };
  writeFileSync(out, JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 1) + '\n');
  console.error(`wrote ${out}`);
}
