/**
 * `npm run experiment -- --exp ab|ilyas|advtrain|align [options]`: runs one of the paper's
 * experiments from the command line. Each experiment lives in scripts/experiments/<exp>.ts
 * and exports `main(args: string[]): Promise<void>`; without --exp, Experiments A+B run.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXPERIMENTS: Record<string, string> = {
  ab: 'Experiments A and B on images (docs/science.md §3)',
  ilyas: 'training on mislabelled adversarial images (docs/science.md §1.5)',
  advtrain: 'adversarial training deepens the dimples (docs/science.md §1.4)',
  align: 'gradient alignment rho_g over training vs its k/n null (docs/science.md §6)',
  'train-dynamics': 'r_on, r_off, rho_g, rho_delta over image training on a fixed probe (docs/science.md §4)',
};

async function dispatch(argv: string[]): Promise<void> {
  const i = argv.indexOf('--exp');
  const exp = i >= 0 ? argv[i + 1] : 'ab';
  const rest = i >= 0 ? [...argv.slice(0, i), ...argv.slice(i + 2)] : argv;
  if (!exp || !(exp in EXPERIMENTS)) {
    const list = Object.entries(EXPERIMENTS).map(([k, v]) => `  --exp ${k.padEnd(9)} ${v}`).join('\n');
    throw new Error(`unknown experiment "${exp ?? ''}"; choose one of:\n${list}`);
  }
  const file = join(dirname(fileURLToPath(import.meta.url)), `${exp}.ts`);
  if (!existsSync(file)) throw new Error(`experiment "${exp}" is not available yet (${file} does not exist)`);
  const mod = (await import(pathToFileURL(file).href)) as { main?: (args: string[]) => Promise<void> };
  if (typeof mod.main !== 'function') throw new Error(`${file} does not export main(args)`);
  await mod.main(rest);
}

dispatch(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
