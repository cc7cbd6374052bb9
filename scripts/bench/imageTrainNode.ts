/**
 * Node variant of the "Image training" bench (fast to iterate with): steps/s and seconds per
 * epoch of the MNIST-14 training split for the MLP and the CNN at batch 64, Adam, on tfjs
 * wasm (SIMD, one thread) and cpu. Usage: npx tsx scripts/bench/imageTrainNode.ts [wasm|cpu ...] [--steps N] [--profile]
 */
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend, loadSplit } from '../models/nodeTf';
import { DEFAULT_CNN, DEFAULT_MLP, type ClassifierConfig } from '../../src/core/model/imageModels';
import { createImageTrainer } from '../../src/core/model/image/tfImageTrainer';
import { epochBatches, gatherBatch } from '../../src/core/model/image/imageBatches';
import type { ImageTrainerBackend } from '../../src/core/model/image/imageTrainer';

const args = process.argv.slice(2);
const backends = args.filter((a) => a === 'wasm' || a === 'cpu') as ('wasm' | 'cpu')[];
const steps = Number(args[args.indexOf('--steps') + 1]) || 60;
const profile = args.includes('--profile');

async function main() {
  const train = (await loadSplit('mnist14', 'train')).set;
  for (const be of backends.length ? backends : ['wasm' as const]) {
    await initNodeBackend(be);
    for (const cfg of [DEFAULT_MLP, DEFAULT_CNN] as ClassifierConfig[]) {
      const t = await createImageTrainer(cfg, { optimizer: 'adam', learningRate: 1e-3, batchSize: 64, initScale: 1, weightDecay: 0, seed: 1 }, be as ImageTrainerBackend);
      const order = epochBatches(train.count, 64, 1, 0);
      const batch = (i: number) => gatherBatch(train, order[i % order.length]);
      for (let i = 0; i < 5; i++) { const b = batch(i); await t.step(b.images, b.labels); }
      const before = tf.memory().numTensors;
      const n = be === 'cpu' ? Math.min(steps, 10) : steps;
      const t0 = performance.now();
      let loss = 0;
      for (let i = 0; i < n; i++) { const b = batch(i); loss = await t.step(b.images, b.labels); }
      const ms = (performance.now() - t0) / n;
      console.log(`${be} ${cfg.kind}: ${(1000 / ms).toFixed(1)} steps/s, ${((ms * order.length) / 1000).toFixed(2)} s/epoch (${order.length} steps), loss ${loss.toFixed(3)}, tensors ${before}->${tf.memory().numTensors}`);
      if (profile) {
        const b = batch(0);
        const info = await tf.profile(() => t.step(b.images, b.labels));
        const byKernel = new Map<string, { ms: number; n: number }>();
        for (const k of info.kernels) {
          const e = byKernel.get(k.name) ?? { ms: 0, n: 0 };
          e.ms += Number(k.kernelTimeMs); e.n++; byKernel.set(k.name, e);
        }
        const rows = [...byKernel].sort((a, b) => b[1].ms - a[1].ms);
        const total = rows.reduce((s, r) => s + r[1].ms, 0);
        console.log(`  profile: ${info.kernels.length} kernels, ${total.toFixed(2)} ms kernel time`);
        for (const [name, e] of rows) console.log(`    ${name.padEnd(16)} ${e.ms.toFixed(3).padStart(7)} ms  x${e.n}`);
      }
      t.dispose();
    }
  }
}
main();
