/**
 * Standard vs adversarial training on a toy (docs/science.md §1 item 4, §6): C and dimple depths
 * D_i before and after, per seed. Usage:
 *   npx tsx scripts/experiments/advtrain-toy.ts [--manifold plane3d --layout paper ...]
 *     [--norm L2|Linf] [--eps 0.1] [--steps 10] [--mix 0.5] [--epochs 500] [--seeds 1,2,3] [--out file.json]
 */
import { parseArgs } from 'node:util';
import { makeDataset } from '../../src/core/datasets';
import { compareAdversarialTraining, type TrainingComparison } from '../../src/core/experiments/dimpleComparison';
import { comparisonTable, markdownTable } from '../../src/core/experiments/report';
import { PAPER_RECIPE } from '../../src/core/model/trainConfig';
import { attackFlags, attackOptions, isEntry, num, seedList, TOY_OPTIONS, toySpec, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      ...TOY_OPTIONS,
      ...attackOptions('0.1', '10'),
      mix: { type: 'string', default: '0.5' },
      epochs: { type: 'string', default: '500' },
      seeds: { type: 'string', default: '1,2,3' },
      out: { type: 'string' },
    },
  });
  const adv = { ...attackFlags(f), mix: num(f.mix, 'mix') };
  const epochs = num(f.epochs, 'epochs');
  const runs: { seed: number; spec: unknown; result: TrainingComparison }[] = [];
  const summary = { header: ['seed', 'C std', 'C adv', 'median |D| std', 'median |D| adv', `|D|>=eps std`, `|D|>=eps adv`, 'acc std', 'acc adv'], rows: [] as (string | number)[][] };
  for (const seed of seedList(f.seeds!)) {
    // The dataset keeps its own seed (data fixed); the seed varies the init and the attacks.
    const ds = makeDataset(toySpec(f, 1));
    const t0 = performance.now();
    const r = await compareAdversarialTraining(ds, { ...PAPER_RECIPE, seed }, adv, epochs);
    console.log(`\n### seed ${seed} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n${markdownTable(comparisonTable(r))}`);
    const s = r.standard.after;
    const a = r.adversarial.after;
    summary.rows.push([seed, s.clinging, a.clinging, s.medianAbsD, a.medianAbsD, s.fracAtLeastEps, a.fracAtLeastEps, s.accuracy, a.accuracy]);
    runs.push({ seed, spec: ds.spec, result: r });
  }
  console.log(`\n### ${adv.norm} eps ${adv.eps}, ${adv.steps} PGD steps, mix ${adv.mix}, ${epochs} epochs\n\n${markdownTable(summary)}`);
  writeJson(f.out, { experiment: 'advtrain', dataset: 'toy', command: `advtrain-toy ${argv.join(' ')}`, adversarial: adv, epochs, summary, runs });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
