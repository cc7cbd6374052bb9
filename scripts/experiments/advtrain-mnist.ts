/**
 * Standard vs adversarial training on image data (docs/science.md §1 item 4): the same MLP, init and
 * batches, with and without PGD examples; then clean and robust accuracy, the L2 distance to
 * the boundary, and the tangent shares rho_d / rho_g against the autoencoder tangent space
 * (k = --ae-k) with the null k/n. The run itself is engine/claimsImageRuns.ts advTrainingOnImages,
 * the function the Claims view's worker calls. Usage:
 *   npx tsx scripts/experiments/advtrain-mnist.ts [--dataset mnist14|mnist28|fmnist14] [--train-count 3000] [--epochs 8]
 *     [--norm L2] [--eps 0.5] [--steps 7] [--mix 0.5] [--eval-count 100] [--ae-k 16] [--seed 1] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageAdvRequest } from '../../src/engine/claimsImageTypes';
import { attackFlags, attackOptions, cliHooks, imageBase, imageBaseOptions, imageClaimMain, isEntry, num, runImageClaimCli, type ImageClaimCli } from './advtrain-ilyas-shared';

/** The request the flags describe, and the --out file. */
export function advtrainRequest(argv: string[]): { req: ImageAdvRequest; out?: string } {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      ...imageBaseOptions(3000, 2000, '256,256'),
      'eval-count': { type: 'string', default: '100' },
      epochs: { type: 'string', default: '8' },
      ...attackOptions('0.5', '7'),
      mix: { type: 'string', default: '0.5' },
      'ae-k': { type: 'string', default: '16' },
    },
  });
  const req: ImageAdvRequest = {
    ...imageBase(f),
    ...attackFlags(f),
    mix: num(f.mix, 'mix'),
    epochs: num(f.epochs, 'epochs'),
    evalCount: num(f['eval-count'], 'eval-count'),
    aeK: num(f['ae-k'], 'ae-k'),
  };
  return { req, out: f.out };
}

export const CLI: ImageClaimCli<'advtrainImages'> = {
  experiment: 'advtrain',
  run: 'advtrainImages',
  parse: advtrainRequest,
  heading: (o) => {
    const r = o.request;
    return `${r.dataset}: MLP ${r.hidden.join('-')}, ${r.trainCount} images x ${r.epochs} epochs; PGD ${r.norm} eps ${r.eps}, ${r.steps} steps, mix ${r.mix}; tangent: ${o.autoencoderId}; ${r.evalCount} eval images`;
  },
};

/** Runs the experiment the flags describe and returns its outcome (the CLI path of the parity test). */
export const advtrainMnist = (argv: string[], hooks = cliHooks) => runImageClaimCli(CLI, argv, hooks);

export const main = (argv: string[]): Promise<void> => imageClaimMain(CLI, argv);

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
