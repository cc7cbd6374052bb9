/**
 * The mislabelled-data paradox on image data (Ilyas et al. 2019; docs/science.md §1 item 5): N1 is
 * the shipped MLP; each training image is pushed by targeted PGD toward a wrong class (random
 * other class and/or y+1 mod 10); a fresh N2 learns only those images with the wrong labels
 * and is tested on the clean test split. The run itself is engine/claimsImageRuns.ts
 * paradoxOnImages, the function the Claims view's worker calls. Usage:
 *   npx tsx scripts/experiments/ilyas-mnist.ts [--dataset mnist14|mnist28|fmnist14] [--train-count 2000]
 *     [--norm L2] [--eps 1.5] [--steps 30] [--target random,next] [--n2-epochs 20] [--seed 1] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageParadoxRequest } from '../../src/engine/claimsImageTypes';
import { attackFlags, attackOptions, cliHooks, imageBase, imageBaseOptions, imageClaimMain, isEntry, num, runImageClaimCli, type ImageClaimCli } from './advtrain-ilyas-shared';

/** The request the flags describe, and the --out file. */
export function ilyasRequest(argv: string[]): { req: ImageParadoxRequest; out?: string } {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      ...imageBaseOptions(2000, 2000, '256,256'),
      ...attackOptions('1.5', '30'),
      target: { type: 'string', default: 'random,next' },
      'n2-epochs': { type: 'string', default: '20' },
    },
  });
  const targets = f.target!.split(',') as ImageParadoxRequest['targets'];
  for (const t of targets) if (t !== 'random' && t !== 'next') throw new Error(`--target: ${t} is not random or next`);
  const req: ImageParadoxRequest = { ...imageBase(f), ...attackFlags(f), targets, n2Epochs: num(f['n2-epochs'], 'n2-epochs') };
  return { req, out: f.out };
}

export const CLI: ImageClaimCli<'paradoxImages'> = {
  experiment: 'ilyas',
  run: 'paradoxImages',
  parse: ilyasRequest,
  heading: (o) => {
    const r = o.request;
    return `${r.dataset}: N1 = ${o.n1Id}, ${r.trainCount} training images, targeted PGD ${r.norm} eps ${r.eps} (${r.steps} steps), N2 ${r.hidden.join('-')} x ${r.n2Epochs} epochs`;
  },
};

/** Runs the experiment the flags describe and returns its outcome (the CLI path of the parity test). */
export const ilyasMnist = (argv: string[], hooks = cliHooks) => runImageClaimCli(CLI, argv, hooks);

export const main = (argv: string[]): Promise<void> => imageClaimMain(CLI, argv);

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
