/**
 * Gradient alignment over training on MNIST-14 (docs/science.md §6): a fresh MLP trained with the
 * plain-JS trainer; rho_g at training and test images against the shipped autoencoder's
 * tangent space (decoder Jacobian at E(x), k = --ae-k, §3), with the k/n null (§4). Usage:
 *   npx tsx scripts/experiments/align-mnist.ts [--dataset mnist14] [--train-count 1000]
 *     [--test-count 300] [--epochs 20] [--every 2] [--hidden 128] [--lr 0.001] [--batch 64]
 *     [--ae-k 16] [--seed 1] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageDatasetId } from '../../src/core/datasets/mnist14';
import { runGradientAlignment, type TangentSpace } from '../../src/core/experiments/gradientAlignment';
import { alignmentTable, markdownTable } from '../../src/core/experiments/report';
import { decoderTangentProvider } from '../../src/core/geometry/decoderTangent';
import { PAPER_RECIPE, type TrainConfig } from '../../src/core/model/trainConfig';
import { isEntry, loadImages, loadModels, num, subset, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', default: 'mnist14' },
      'train-count': { type: 'string', default: '1000' },
      'test-count': { type: 'string', default: '300' },
      epochs: { type: 'string', default: '20' },
      every: { type: 'string', default: '2' },
      hidden: { type: 'string', default: '128' },
      lr: { type: 'string', default: '0.001' },
      batch: { type: 'string', default: '64' },
      'ae-k': { type: 'string', default: '16' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const dataset = f.dataset as ImageDatasetId;
  const seed = num(f.seed, 'seed');
  const k = num(f['ae-k'], 'ae-k');
  const { train: trainSplit, test: testSplit } = await loadImages(dataset);
  const models = await loadModels(dataset, k);
  const train = subset(trainSplit, num(f['train-count'], 'train-count'), seed);
  const test = subset(testSplit, num(f['test-count'], 'test-count'), seed + 1);
  const provider = decoderTangentProvider(models.maps);
  const space: TangentSpace = { k, n: train.n, basisAt: (x) => provider(x).Q };
  const config: TrainConfig = {
    ...PAPER_RECIPE,
    hidden: f.hidden!.split(',').map((h) => num(h, 'hidden')),
    learningRate: num(f.lr, 'lr'),
    batchSize: num(f.batch, 'batch'),
    seed,
  };
  const t0 = performance.now();
  const s = await runGradientAlignment(train, test, space, config, { epochs: num(f.epochs, 'epochs'), every: num(f.every, 'every') }, (p) =>
    console.error(`epoch ${p.epoch}: train acc ${p.trainAccuracy.toFixed(3)}, mean rho_g train ${p.train.mean.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
  );
  console.log(`\n### ${dataset}: ${train.labels.length} train / ${test.labels.length} test images, MLP ${config.hidden.join('-')}, autoencoder k = ${k} (null k/n = ${s.nullMean.toFixed(4)})\n\n${markdownTable(alignmentTable(s), 4)}`);
  writeJson(f.out, { experiment: 'align', dataset, command: `align-mnist ${argv.join(' ')}`, config, aeK: k, series: s });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
