/**
 * Gradient alignment over training on image data (docs/science.md §6): a fresh MLP trained with the
 * plain-JS trainer; rho_g at training and test images against the shipped autoencoder's
 * tangent space (decoder Jacobian at E(x), k = --ae-k, §3), with the k/n null (§4). The run
 * itself is engine/claimsImageRuns.ts alignmentOnImages, the function the Claims view's worker
 * calls. Usage:
 *   npx tsx scripts/experiments/align-mnist.ts [--dataset mnist14|mnist28|fmnist14] [--train-count 1000]
 *     [--test-count 300] [--epochs 20] [--every 2] [--hidden 128] [--lr 0.001] [--batch 64]
 *     [--ae-k 16] [--seed 1] [--out file.json]
 */
import { parseArgs } from 'node:util';
import { markdownTable } from '../../src/core/experiments/report';
import { alignmentOnImages } from '../../src/engine/claimsImageRuns';
import type { ImageAlignOutcome, ImageAlignRequest } from '../../src/engine/claimsImageTypes';
import { cliHooks, imageBase, imageBaseOptions, isEntry, loadClaimsData, num, writeJson } from './advtrain-ilyas-shared';

/** The request the flags describe, and the --out file. */
export function alignRequest(argv: string[]): { req: ImageAlignRequest; out?: string } {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      ...imageBaseOptions(1000, 300, '128'),
      epochs: { type: 'string', default: '20' },
      every: { type: 'string', default: '2' },
      'ae-k': { type: 'string', default: '16' },
    },
  });
  const req: ImageAlignRequest = { ...imageBase(f), epochs: num(f.epochs, 'epochs'), every: num(f.every, 'every'), aeK: num(f['ae-k'], 'ae-k') };
  return { req, out: f.out };
}

export async function alignMnist(argv: string[], hooks = cliHooks): Promise<ImageAlignOutcome> {
  const { req } = alignRequest(argv);
  return alignmentOnImages(await loadClaimsData(req.dataset, req.aeK), req, hooks);
}

export async function main(argv: string[]): Promise<void> {
  const s = await alignMnist(argv);
  const r = s.request;
  console.log(`\n### ${r.dataset}: ${r.trainCount} train / ${r.testCount} test images, MLP ${r.hidden.join('-')}, autoencoder k = ${r.aeK} (null k/n = ${s.nullMean.toFixed(4)})\n\n${markdownTable(s.table, 4)}`);
  writeJson(alignRequest(argv).out, { experiment: 'align', command: `align-mnist ${argv.join(' ')}`, ...s });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
