/**
 * The DMM metrics over training on MNIST-14 (docs/science.md §3, §4 "over training"): the same
 * engine session the Image lab's Train mode runs (src/engine/imageTraining/), in Node on the
 * wasm backend, with the app's probe (ρ_g on 64 test digits; flip-norm attacks on 16; loss and
 * accuracy on 1,000) and the attack probe every --attack-every epochs, or, with
 * `--attack-every budget`, on the app's cadence (metric passes within 25 % of training time;
 * engine/imageTraining/attackScheduler.ts), reporting the measured metric share. Usage:
 *   npm run experiment -- --exp train-dynamics [--dataset mnist14] [--model mlp|cnn]
 *     [--seeds 1,2,3] [--epochs 10] [--attack-every 1|budget] [--k 16] [--lr 0.001] [--batch 64] [--out file.json]
 */
import { parseArgs } from 'node:util';
import type { ImageDatasetId } from '../../src/core/datasets/mnist14';
import { decoderTangentProvider } from '../../src/core/geometry/decoderTangent';
import { ImageTrainingSession, PROBE } from '../../src/engine/imageTraining/trainingSession';
import type { EpochRecord } from '../../src/engine/imageTraining/trainingTypes';
import { initNodeBackend } from '../models/nodeTf';
import { isEntry, loadImages, loadModels, num, seedList, writeJson } from './advtrain-ilyas-shared';

const f3 = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3));

export async function main(argv: string[]): Promise<void> {
  const { values: f } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', default: 'mnist14' },
      model: { type: 'string', default: 'mlp' },
      seeds: { type: 'string', default: '1,2,3' },
      epochs: { type: 'string', default: '10' },
      'attack-every': { type: 'string', default: '1' },
      k: { type: 'string', default: '16' },
      lr: { type: 'string', default: '0.001' },
      batch: { type: 'string', default: '64' },
      out: { type: 'string' },
    },
  });
  const dataset = f.dataset as ImageDatasetId;
  if (f.model !== 'mlp' && f.model !== 'cnn') throw new Error(`--model must be mlp or cnn (got ${f.model})`);
  const backend = await initNodeBackend('wasm');
  const k = num(f.k, 'k');
  const epochs = num(f.epochs, 'epochs');
  // The app's own cadence: the slice is part of its metric pass, so it is measured too.
  const budgeted = f['attack-every'] === 'budget';
  const { train, test } = await loadImages(dataset);
  const models = await loadModels(dataset, k);
  const tangentAt = decoderTangentProvider(models.maps);
  const runs: { seed: number; records: Omit<EpochRecord, 'slice'>[]; seconds: number }[] = [];
  let probeInfo: unknown = null;
  for (const seed of seedList(f.seeds!)) {
    const t0 = performance.now();
    const session = await ImageTrainingSession.create({
      dataset, model: f.model, optimizer: 'adam', learningRate: num(f.lr, 'lr'), batchSize: num(f.batch, 'batch'), epochs,
      initScale: 1, weightDecay: 0, seed, k, sliceIndex: 0, sliceExtent: 2, dataBase: 'unused',
    }, { train, test, tangentAt }, { ...PROBE, attackEvery: budgeted ? undefined : num(f['attack-every'], 'attack-every'), noSlice: !budgeted });
    probeInfo = session.info;
    const records: Omit<EpochRecord, 'slice'>[] = [];
    const end = await session.run((m) => {
      if (m.kind === 'attack') {
        const r = records.find((x) => x.epoch === m.epoch);
        if (r) r.attack = m.attack;
        console.error(`${f.model} seed ${seed} epoch ${m.epoch}: attack probe (deferred) on ${m.attack.attacked} digits`);
        return;
      }
      if (m.kind !== 'epoch') return;
      const { slice: _s, ...rec } = m;
      records.push(rec);
      const a = rec.attack;
      console.error(`${f.model} seed ${seed} epoch ${rec.epoch}: test acc ${f3(rec.testAccuracy)}, rho_g ${f3(rec.rhoGrad.mean)}` +
        (a ? `, L2 free/on/off ${f3(a.free.mean)}/${f3(a.on.mean)}/${f3(a.off.mean)}, r_on ${f3(a.rOn)}, r_off ${f3(a.rOff)}, rho_delta ${f3(a.rhoDelta.mean)}` : '') +
        ` (${((performance.now() - t0) / 1000).toFixed(0)} s, train ${rec.trainSeconds.toFixed(1)} s, metrics ${rec.metricSeconds.toFixed(1)} s` +
        (rec.trainSeconds > 0 ? `, metric share ${(100 * rec.metricSeconds / rec.trainSeconds).toFixed(0)} %` : '') + `; ${rec.attack ? `${rec.attack.attacked} digits attacked` : 'no attacks'}; ${rec.cadence})`);
    });
    session.dispose();
    if (end.state !== 'done') throw new Error(`seed ${seed}: the run ended ${end.state}: ${end.message ?? ''}`);
    runs.push({ seed, records, seconds: (performance.now() - t0) / 1000 });
  }
  console.log(`\n### ${dataset}, ${f.model}, k = ${k}, epochs ${epochs}, backend ${backend}\n`);
  console.log('| seed | epoch | test acc | ρ_g mean | L2 free | L2 on | L2 off | r_on | r_off | r_on⁻²+r_off⁻² | ρ_δ mean |\n|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of runs) for (const e of r.records) {
    const a = e.attack;
    console.log(`| ${r.seed} | ${e.epoch} | ${f3(e.testAccuracy)} | ${f3(e.rhoGrad.mean)} | ${f3(a?.free.mean)} | ${f3(a?.on.mean)} | ${f3(a?.off.mean)} | ${f3(a?.rOn)} | ${f3(a?.rOff)} | ${f3(a?.consistency)} | ${f3(a?.rhoDelta.mean)} |`);
  }
  writeJson(f.out, { experiment: 'train-dynamics', dataset, model: f.model, backend, command: `train-dynamics ${argv.join(' ')}`, probe: probeInfo, runs });
}

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
