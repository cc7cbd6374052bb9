/**
 * Gradient alignment over training on the plane-in-R^n toy (docs/science.md §6): rho_g at training
 * and held-out points against the exact k-plane, with the Beta(k/2, (n-k)/2) null (§4). Same
 * toy and network as the app's Claims view (src/engine/claimsRequests.ts). Usage:
 *   npx tsx scripts/experiments/align-toy.ts [--n 50] [--k 2] [--epochs 300] [--every 20]
 *     [--lr 0.0003] [--hidden 64] [--seeds 1,2,3] [--out file.json]
 */
import { parseArgs } from 'node:util';
import { makeDataset } from '../../src/core/datasets';
import { asSet } from '../../src/core/experiments/evaluate';
import { exactTangentSpace, runGradientAlignment, type AlignmentSeries } from '../../src/core/experiments/gradientAlignment';
import { heldOutDataset } from '../../src/core/experiments/heldOut';
import { alignmentTable, markdownTable } from '../../src/core/experiments/report';
import { ALIGN_RECIPE, alignmentSpec, checkAlignRequest } from '../../src/engine/claimsRequests';
import { isEntry, num, seedList, writeJson } from './advtrain-ilyas-shared';

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '50' },
      k: { type: 'string', default: '2' },
      epochs: { type: 'string', default: '300' },
      every: { type: 'string', default: '20' },
      lr: { type: 'string', default: String(ALIGN_RECIPE.learningRate) },
      hidden: { type: 'string', default: ALIGN_RECIPE.hidden.join(',') },
      seeds: { type: 'string', default: '1,2,3' },
      out: { type: 'string' },
    },
  });
  const req = checkAlignRequest({ n: num(f.n, 'n'), k: num(f.k, 'k'), epochs: num(f.epochs, 'epochs'), every: num(f.every, 'every') });
  const config = { ...ALIGN_RECIPE, learningRate: num(f.lr, 'lr'), hidden: f.hidden!.split(',').map((h) => num(h, 'hidden')) };
  const runs: { seed: number; series: AlignmentSeries }[] = [];
  const summary = { header: ['seed', 'rho_g train at init', 'rho_g train at end', 'rho_g test at end', 'null k/n', 'null 2.5 %', 'null 97.5 %', 'train acc', 'test acc', 'end vs null'], rows: [] as (string | number)[][] };
  for (const seed of seedList(f.seeds!)) {
    const train = makeDataset(alignmentSpec(req, seed));
    const test = heldOutDataset(train, train.count);
    const t0 = performance.now();
    const s = await runGradientAlignment(asSet(train), asSet(test), exactTangentSpace(train.manifold), { ...config, seed }, { epochs: req.epochs, every: req.every });
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    const where = last.train.mean < s.nullLo ? 'below' : last.train.mean > s.nullHi ? 'above' : 'inside';
    console.log(`\n### seed ${seed} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n${markdownTable(alignmentTable(s), 4)}`);
    summary.rows.push([seed, first.train.mean, last.train.mean, last.test.mean, s.nullMean, s.nullLo, s.nullHi, last.trainAccuracy, last.testAccuracy, where]);
    runs.push({ seed, series: s });
  }
  console.log(`\n### plane in R^${req.n}, k = ${req.k}, ${req.epochs} epochs, hidden ${config.hidden.join(',')}, Adam lr ${config.learningRate}\n\n${markdownTable(summary, 4)}`);
  writeJson(f.out, { experiment: 'align', dataset: 'planeRn', command: `align-toy ${argv.join(' ')}`, request: req, config, summary, runs });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
