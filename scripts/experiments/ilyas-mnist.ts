/**
 * The mislabelled-data paradox on MNIST-14 (Ilyas et al. 2019; docs/science.md §1 item 5): N1 is
 * the shipped MLP; each training image is pushed by targeted PGD toward a wrong class (random
 * other class and/or y+1 mod 10); a fresh N2 learns only those images with the wrong labels
 * and is tested on the clean test split. Usage:
 *   npx tsx scripts/experiments/ilyas-mnist.ts [--dataset mnist14] [--train-count 2000]
 *     [--norm L2] [--eps 1.5] [--steps 30] [--target random,next] [--n2-epochs 20] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageDatasetId } from '../../src/core/datasets/mnist14';
import { runParadox, type ParadoxResult, type TargetRule } from '../../src/core/experiments/paradox';
import { markdownTable, paradoxTable } from '../../src/core/experiments/report';
import { PAPER_RECIPE, type TrainConfig } from '../../src/core/model/trainConfig';
import { isEntry, loadImages, loadModels, num, subset, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', default: 'mnist14' },
      'train-count': { type: 'string', default: '2000' },
      'test-count': { type: 'string', default: '2000' },
      norm: { type: 'string', default: 'L2' },
      eps: { type: 'string', default: '1.5' },
      steps: { type: 'string', default: '30' },
      target: { type: 'string', default: 'random,next' },
      'n2-epochs': { type: 'string', default: '20' },
      hidden: { type: 'string', default: '256,256' },
      lr: { type: 'string', default: '0.001' },
      batch: { type: 'string', default: '64' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (f.norm !== 'L2' && f.norm !== 'Linf') throw new Error('--norm must be L2 or Linf');
  const targets = f.target!.split(',') as TargetRule[];
  for (const t of targets) if (t !== 'random' && t !== 'next') throw new Error(`--target: ${t} is not random or next`);
  const dataset = f.dataset as ImageDatasetId;
  const seed = num(f.seed, 'seed');
  const { train: trainSplit, test: testSplit } = await loadImages(dataset);
  const models = await loadModels(dataset, 16);
  const train = subset(trainSplit, num(f['train-count'], 'train-count'), seed);
  const test = subset(testSplit, num(f['test-count'], 'test-count'), seed + 1);
  // N2: the shipped architecture, trained from scratch (mini-batch Adam) for n2-epochs.
  const n2Config: TrainConfig = {
    ...PAPER_RECIPE,
    hidden: f.hidden!.split(',').map((h) => num(h, 'hidden')),
    learningRate: num(f.lr, 'lr'),
    batchSize: num(f.batch, 'batch'),
    seed: seed + 1,
    marginTarget: Infinity,
    maxEpochs: num(f['n2-epochs'], 'n2-epochs'),
  };
  const attack = { norm: f.norm, eps: num(f.eps, 'eps'), steps: num(f.steps, 'steps') } as const;
  const runs: { name: string; target: TargetRule; r: ParadoxResult; seconds: number }[] = [];
  for (const target of targets) {
    const t0 = performance.now();
    const r = await runParadox(train, test, { config: n2Config, n2Config, n1: models.weights, attack, target, bounds: { lo: 0, hi: 1 }, seed }, (stage, done, total, s) => {
      if (stage === 'attack' && done % 500 !== 0 && done !== total) return;
      process.stderr.write(`${target} ${stage} ${done}/${total}${s ? ` train acc ${s.accuracy.toFixed(3)}` : ''}\n`);
    });
    runs.push({ name: `target ${target}`, target, r, seconds: (performance.now() - t0) / 1000 });
  }
  const table = paradoxTable(runs);
  console.log(`\n### ${dataset}: N1 = ${models.classifierEntry.id}, ${train.labels.length} training images, targeted PGD ${attack.norm} eps ${attack.eps} (${attack.steps} steps), N2 ${n2Config.hidden.join('-')} x ${n2Config.maxEpochs} epochs\n\n${markdownTable(table)}`);
  writeJson(f.out, {
    experiment: 'ilyas', dataset, command: `ilyas-mnist ${argv.join(' ')}`, attack, n2Config, table,
    // Weights of N2 are large (~120k floats); keep the numbers and the labels, not the images.
    runs: runs.map(({ name, target, r, seconds }) => ({ name, target, seconds, ...r, n1: undefined, n2: undefined, adversarial: { labels: r.adversarial.labels } })),
  });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
