/**
 * Standard vs adversarial training on MNIST-14 (docs/science.md §1 item 4): the same MLP, init and
 * batches, with and without PGD examples; then clean and robust accuracy, the L2 distance to
 * the boundary, and the tangent shares rho_d / rho_g against the autoencoder tangent space
 * (k = --ae-k) with the null k/n. Usage:
 *   npx tsx scripts/experiments/advtrain-mnist.ts [--dataset mnist14] [--train-count 3000] [--epochs 8]
 *     [--norm L2] [--eps 0.5] [--steps 7] [--mix 0.5] [--eval-count 100] [--ae-k 16] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageDatasetId } from '../../src/core/datasets/mnist14';
import { adversarialTrain } from '../../src/core/experiments/adversarialTraining';
import { accuracy } from '../../src/core/experiments/evaluate';
import { markdownTable } from '../../src/core/experiments/report';
import { robustnessSummary, type RobustnessSummary } from '../../src/core/experiments/robustness';
import { decoderTangentProvider } from '../../src/core/geometry/decoderTangent';
import { PAPER_RECIPE, type TrainConfig } from '../../src/core/model/trainConfig';
import { isEntry, loadImages, loadModels, num, subset, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', default: 'mnist14' },
      'train-count': { type: 'string', default: '3000' },
      'test-count': { type: 'string', default: '2000' },
      'eval-count': { type: 'string', default: '100' },
      epochs: { type: 'string', default: '8' },
      norm: { type: 'string', default: 'L2' },
      eps: { type: 'string', default: '0.5' },
      steps: { type: 'string', default: '7' },
      mix: { type: 'string', default: '0.5' },
      hidden: { type: 'string', default: '256,256' },
      lr: { type: 'string', default: '0.001' },
      batch: { type: 'string', default: '64' },
      'ae-k': { type: 'string', default: '16' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (f.norm !== 'L2' && f.norm !== 'Linf') throw new Error('--norm must be L2 or Linf');
  const dataset = f.dataset as ImageDatasetId;
  const seed = num(f.seed, 'seed');
  const { train: trainSplit, test: testSplit } = await loadImages(dataset);
  const models = await loadModels(dataset, num(f['ae-k'], 'ae-k'));
  const train = subset(trainSplit, num(f['train-count'], 'train-count'), seed);
  const test = subset(testSplit, num(f['test-count'], 'test-count'), seed + 1);
  const evalSet = subset(testSplit, num(f['eval-count'], 'eval-count'), seed + 2);
  const config: TrainConfig = {
    ...PAPER_RECIPE,
    hidden: f.hidden!.split(',').map((h) => num(h, 'hidden')),
    learningRate: num(f.lr, 'lr'),
    batchSize: num(f.batch, 'batch'),
    seed,
  };
  const adv = { norm: f.norm, eps: num(f.eps, 'eps'), steps: num(f.steps, 'steps'), mix: num(f.mix, 'mix') } as const;
  const epochs = num(f.epochs, 'epochs');
  const bounds = { lo: 0, hi: 1 };
  const tangentOf = decoderTangentProvider(models.maps);
  const arms: { name: string; seconds: number; testAccuracy: number; robustness: RobustnessSummary; history: unknown }[] = [];
  for (const [name, mix] of [['standard', 0], ['adversarial', adv.mix]] as const) {
    const t0 = performance.now();
    const run = await adversarialTrain(train, config, { ...adv, mix }, bounds, epochs, (r) =>
      process.stderr.write(`${name} epoch ${r.epoch}: train acc ${r.accuracy.toFixed(3)}, attacked ${r.attacked}, fooled ${r.fooled.toFixed(2)}\n`),
    );
    const seconds = (performance.now() - t0) / 1000;
    const robustness = robustnessSummary(run.weights, evalSet, { ...adv, steps: 20, bounds, seed, tangent: (x) => tangentOf(x).Q });
    arms.push({ name, seconds, testAccuracy: accuracy(run.weights, test), robustness, history: run.history });
  }
  const table = {
    header: ['network', 'clean test acc', `PGD ${adv.norm} acc at ${adv.eps}`, 'median L2 boundary distance', `share >= ${adv.eps}`, 'median rho_d', 'median rho_g', 'null k/n', 'train s'],
    rows: arms.map((a) => {
      const r = a.robustness;
      return [a.name, a.testAccuracy, r.robustAccuracy, r.medianFlipNorm, r.fracFlipAtLeastEps, r.medianRhoDelta, r.medianRhoGrad, r.nullMean, a.seconds];
    }),
  };
  console.log(`\n### ${dataset}: MLP ${config.hidden.join('-')}, ${train.labels.length} images x ${epochs} epochs; PGD ${adv.norm} eps ${adv.eps}, ${adv.steps} steps, mix ${adv.mix}; tangent: ${models.autoencoderEntry.id}; ${evalSet.labels.length} eval images\n\n${markdownTable(table)}`);
  writeJson(f.out, { experiment: 'advtrain', dataset, command: `advtrain-mnist ${argv.join(' ')}`, config, adversarial: adv, epochs, table, arms });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
