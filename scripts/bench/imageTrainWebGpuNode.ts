/**
 * The image-training bench's WebGPU rows without a browser (`npm run bench:node-webgpu`), for a
 * GPU machine with Node only: Dawn's Node binding (the npm package `webgpu`, an optional
 * dependency) provides navigator.gpu, @tensorflow/tfjs-backend-webgpu runs on it, and the app's
 * image trainer (src/core/model/image) steps the MLP and the CNN at batch 64 (Adam, lr 1e-3) on
 * seeded MNIST-14 batches, as the browser bench does (src/engine/imageBench.ts). Before timing,
 * a small case is checked against the cpu backend: the same seeded network's logits on 8 digits
 * and its losses over 3 steps.
 * A hardware adapter gives the rows with its name; none, or only a software one (Dawn's
 * isFallbackAdapter, or SwiftShader / llvmpipe / lavapipe by name), gives "skipped: no hardware
 * adapter" with the reason — unless --allow-software, which runs everything on it and labels
 * the numbers as a software adapter's.
 *
 * Usage: npm run bench:node-webgpu -- [--backend=vulkan|metal|d3d12|opengl|opengles]
 *          [--compat] [--allow-software] [--steps N] [--json FILE]
 * --backend picks Dawn's backend (default: its own choice); --compat asks for a
 * compatibility-mode adapter (what Dawn's OpenGL backend offers, e.g. Mesa's llvmpipe with
 * EGL_PLATFORM=surfaceless).
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_CNN, DEFAULT_MLP, architectureString, type ClassifierConfig } from '../../src/core/model/imageModels';
import { epochBatches, gatherBatch } from '../../src/core/model/image/imageBatches';
import { loadSplit } from '../models/nodeTf';
import { openDawnAdapter, registerTfWebGpu, type DawnAdapter } from './lib/dawnWebGpu';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : flag(name);
};
const STEPS = Number(opt('steps')) || 60;
const OPTIONS = { optimizer: 'adam' as const, learningRate: 1e-3, batchSize: 64, initScale: 1, weightDecay: 0, seed: 1 };
const MODELS: ClassifierConfig[] = [DEFAULT_MLP, DEFAULT_CNN];

interface Row {
  metric: string;
  display: string;
  value?: number;
}

function report(rows: Row[], data: Record<string, unknown>): void {
  console.log('| Metric | Measured |\n|---|---:|');
  for (const r of rows) console.log(`| ${r.metric} | ${r.display} |`);
  const file = opt('json');
  if (file) writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), rows, ...data }, null, 2));
}

async function main() {
  const found = await openDawnAdapter({ backend: flag('backend'), compat: args.includes('--compat') });
  if (!found.ok || (found.adapter.software && !args.includes('--allow-software'))) {
    const why = found.ok
      ? `Dawn offers only the software adapter "${found.adapter.name}" (isFallbackAdapter ${found.adapter.isFallback}); --allow-software runs on it`
      : found.reason;
    return report(
      MODELS.map((m) => ({ metric: `${m.kind.toUpperCase()} webgpu (Node, Dawn)`, display: `skipped: no hardware adapter (${why})` })),
      { skipped: why },
    );
  }
  const adapter = found.adapter;
  const tf = await registerTfWebGpu(adapter);
  const { createImageTrainer } = await import('../../src/core/model/image/tfImageTrainer');
  const train = (await loadSplit('mnist14', 'train')).set;
  const order = epochBatches(train.count, OPTIONS.batchSize, 1, 0);
  const batch = (i: number) => gatherBatch(train, order[i % order.length]);
  const label = adapter.software ? ` (software adapter "${adapter.name}": not a GPU number)` : ` (${adapter.name})`;
  const rows: Row[] = [];
  const data: Record<string, unknown> = { adapter: describe(adapter) };

  for (const cfg of MODELS) {
    const kind = cfg.kind.toUpperCase();
    // The small case on both backends: the same seed gives the same initial weights.
    const probe = batch(0);
    const small = async (backend: 'cpu' | 'webgpu') => {
      const t = await createImageTrainer(cfg, OPTIONS, backend);
      const logits = await t.logits(probe.images.subarray(0, 8 * train.n), 8);
      const losses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const b = batch(i);
        losses.push(await t.step(b.images, b.labels));
      }
      t.dispose();
      return { logits, losses };
    };
    const cpu = await small('cpu');
    const gpu = await small('webgpu');
    const logitDiff = Math.max(...Array.from(cpu.logits, (v, i) => Math.abs(v - gpu.logits[i])));
    const lossDiff = Math.max(...cpu.losses.map((v, i) => Math.abs(v - gpu.losses[i])));
    rows.push({
      metric: `${kind} webgpu vs cpu, max abs difference: logits (8 digits) / losses (3 steps)`,
      value: Math.max(logitDiff, lossDiff),
      display: `${logitDiff.toExponential(1)} / ${lossDiff.toExponential(1)} (cpu losses ${cpu.losses.map((l) => l.toFixed(4)).join(', ')})`,
    });

    const t = await createImageTrainer(cfg, OPTIONS, 'webgpu');
    for (let i = 0; i < 3; i++) {
      const b = batch(i);
      await t.step(b.images, b.labels); // warm-up: shaders, optimiser state
    }
    const before = tf.memory().numTensors;
    const times: number[] = [];
    let loss = NaN;
    for (let i = 0; i < STEPS; i++) {
      const b = batch(i + 3);
      const t0 = performance.now();
      loss = await t.step(b.images, b.labels); // returns the loss as a number: the step has finished on the GPU
      times.push(performance.now() - t0);
    }
    const leaked = tf.memory().numTensors - before;
    t.dispose();
    const ms = times.sort((a, b) => a - b)[times.length >> 1];
    const rate = 1000 / ms;
    rows.push({
      metric: `${kind} webgpu (Node, Dawn)${label}`,
      value: rate,
      display: `${rate.toFixed(1)} steps/s, ${(order.length / rate).toFixed(2)} s/epoch (median of ${STEPS} steps; loss ${loss.toFixed(3)}; tensors ${leaked ? `+${leaked}` : 'flat'})`,
    });
    data[cfg.kind] = { architecture: architectureString(cfg), medianStepMs: ms, steps: STEPS, stepsPerEpoch: order.length, logitDiff, lossDiff, leaked };
  }
  report(rows, data);
}

const describe = (a: DawnAdapter) => ({ name: a.name, isFallback: a.isFallback, software: a.software, featureLevel: a.featureLevel });

main().then(
  () => process.exit(0), // Dawn's device keeps the event loop alive
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
