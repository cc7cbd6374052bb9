/**
 * The mislabelled-data paradox on a toy (docs/science.md §1 item 5): N2, trained only on targeted
 * adversarial points with wrong labels, tested on clean held-out points. Usage:
 *   npx tsx scripts/experiments/ilyas-toy.ts [--manifold plane3d --layout paper ...]
 *     [--norm L2|Linf] [--eps 0.2] [--steps 20] [--test-count 1000] [--seeds 1,2,3] [--out file.json]
 */
import { parseArgs } from 'node:util';
import { makeDataset } from '../../src/core/datasets';
import { asSet } from '../../src/core/experiments/evaluate';
import { heldOutDataset } from '../../src/core/experiments/heldOut';
import { runParadox, type ParadoxResult } from '../../src/core/experiments/paradox';
import { markdownTable, paradoxTable } from '../../src/core/experiments/report';
import { PAPER_RECIPE } from '../../src/core/model/trainConfig';
import { attackFlags, attackOptions, isEntry, num, seedList, TOY_OPTIONS, toySpec, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      ...TOY_OPTIONS,
      ...attackOptions('0.2', '20'),
      'test-count': { type: 'string', default: '1000' },
      seeds: { type: 'string', default: '1,2,3' },
      out: { type: 'string' },
    },
  });
  const attack = attackFlags(f);
  const train = makeDataset(toySpec(f, 1));
  const test = heldOutDataset(train, num(f['test-count'], 'test-count'));
  const runs: { name: string; seed: number; r: ParadoxResult }[] = [];
  for (const seed of seedList(f.seeds!)) {
    const t0 = performance.now();
    const r = await runParadox(asSet(train), asSet(test), { config: { ...PAPER_RECIPE, seed }, attack, target: 'other', bounds: train.manifold.bounds, seed });
    console.error(`seed ${seed}: ${((performance.now() - t0) / 1000).toFixed(1)} s, N2 trained ${r.n2Epochs} epochs`);
    runs.push({ name: `seed ${seed}`, seed, r });
  }
  const table = paradoxTable(runs);
  console.log(`\n### ${train.spec.manifold} ${train.spec.pattern} (${train.count} train, ${test.count} held-out), targeted PGD ${attack.norm} eps ${attack.eps}\n\n${markdownTable(table)}`);
  writeJson(f.out, { experiment: 'ilyas', dataset: 'toy', command: `ilyas-toy ${argv.join(' ')}`, spec: train.spec, testSpec: test.spec, attack, table, runs });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
