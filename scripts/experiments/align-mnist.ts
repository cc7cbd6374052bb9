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
import type { ImageAlignRequest } from '../../src/engine/claimsImageTypes';
import { cliHooks, imageBase, imageBaseOptions, imageClaimMain, isEntry, num, runImageClaimCli, type ImageClaimCli } from './advtrain-ilyas-shared';

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

export const CLI: ImageClaimCli<'alignImages'> = {
  experiment: 'align',
  run: 'alignImages',
  parse: alignRequest,
  heading: (s) => {
    const r = s.request;
    return `${r.dataset}: ${r.trainCount} train / ${r.testCount} test images, MLP ${r.hidden.join('-')}, autoencoder k = ${r.aeK} (null k/n = ${s.nullMean.toFixed(4)})`;
  },
  digits: 4,
};

/** Runs the experiment the flags describe and returns its outcome (the CLI path of the parity test). */
export const alignMnist = (argv: string[], hooks = cliHooks) => runImageClaimCli(CLI, argv, hooks);

export const main = (argv: string[]): Promise<void> => imageClaimMain(CLI, argv);

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
