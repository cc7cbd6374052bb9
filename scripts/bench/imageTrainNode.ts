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
      let loss = 0;
      const times: number[] = [];
      const cpu0 = process.cpuUsage();
      for (let i = 0; i < n; i++) {
        const b = batch(i);
        const t0 = performance.now();
        loss = await t.step(b.images, b.labels);
        times.push(performance.now() - t0);
      }
      // Median step: the machine is shared, so the mean carries other processes' bursts.
      const ms = times.sort((a, b) => a - b)[times.length >> 1];
      const cpu = process.cpuUsage(cpu0);
      // CPU time of this process per step: what a quiet machine's wall time would be (one thread).
      const cpuMs = (cpu.user + cpu.system) / 1000 / n;
      console.log(`${be} ${cfg.kind}: ${(1000 / ms).toFixed(1)} steps/s wall (median), ${(1000 / cpuMs).toFixed(1)} steps/s by CPU time, ${((ms * order.length) / 1000).toFixed(2)} s/epoch (${order.length} steps), loss ${loss.toFixed(3)}, tensors ${before}->${tf.memory().numTensors}`);
      if (profile) {
        // Per-kernel minimum over 7 profiled steps: one profile on a shared machine is noise.
        const b = batch(0);
        let best: { name: string; shapes: string; ms: number }[] = [];
        for (let r = 0; r < 7; r++) {
          const info = await tf.profile(() => t.step(b.images, b.labels));
          const ks = info.kernels.filter((k) => !k.name.endsWith('__op')).map((k) => ({ name: k.name, shapes: JSON.stringify(k.inputShapes), ms: Number(k.kernelTimeMs) }));
          best = r === 0 ? ks : best.map((k, i) => ({ ...k, ms: Math.min(k.ms, ks[i].ms) }));
        }
        const total = best.reduce((s, k) => s + k.ms, 0);
        console.log(`  profile (min of 7): ${best.length} kernels, ${total.toFixed(2)} ms kernel time`);
        const byKernel = new Map<string, { ms: number; n: number }>();
        for (const k of best) {
          if (args.includes('--shapes') && k.ms > 0.05) console.log(`    ${k.name} ${k.shapes} ${k.ms.toFixed(3)}`);
          const e = byKernel.get(k.name) ?? { ms: 0, n: 0 };
          e.ms += k.ms; e.n++; byKernel.set(k.name, e);
        }
        for (const [name, e] of [...byKernel].sort((a, b) => b[1].ms - a[1].ms)) if (e.ms > 0.05) console.log(`    ${name.padEnd(20)} ${e.ms.toFixed(3).padStart(7)} ms  x${e.n}`);
      }
      t.dispose();
    }
  }
}
main();
