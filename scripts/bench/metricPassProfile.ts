/**
 * Where one metric pass of an image-training run spends its time (engine/imageTraining/), part by
 * part, in Node on the wasm backend: a network trained `--epochs` epochs on MNIST-14 with the app's
 * settings, then each piece of the pass timed `--reps` times (median of the process's CPU time, so
 * that a loaded machine slows the numbers less than wall time would; the epoch is wall time). Usage:
 *   npx tsx scripts/bench/metricPassProfile.ts [--model mlp|cnn] [--epochs 1] [--reps 3]
 */
import * as tf from '@tensorflow/tfjs';
import { parseArgs } from 'node:util';
import { chooseProbe, flipProbeRow, gradientProbe, imageOf } from '../../src/core/experiments/trainingProbe';
import { marginGradient } from '../../src/core/experiments/experimentA';
import { flipRun } from '../../src/core/experiments/experimentB';
import { decoderTangentProvider, projectorFromBasis } from '../../src/core/geometry/decoderTangent';
import { createImageTrainer } from '../../src/engine/imageTraining/trainerSource';
import { classifierConfigOf, PROBE, SLICE_RES } from '../../src/engine/imageTraining/trainingSession';
import { gatherSubset, gradientMetricsOf, lossAndAccuracy } from '../../src/engine/imageTraining/metricPass';
import { classifierBatch, imageVertexLogits, sliceMarginGrid } from '../../src/engine/imageSliceGrid';
import { sliceVolume } from '../../src/engine/imageSliceVolume';
import { slicePlane, volumeAxes } from '../../src/core/geometry/digitSlicePlane';
import { computeDigitSlice, VOLUME_RES, type BatchLogits } from '../../src/engine/imageTraining/digitSliceCompute';
import { classifierOfSnapshot } from '../../src/engine/imageTraining/trainerSource';
import { initNodeBackend } from '../models/nodeTf';
import { loadImages, loadModels } from '../experiments/advtrain-ilyas-shared';

const { values: f } = parseArgs({
  options: { model: { type: 'string', default: 'mlp' }, epochs: { type: 'string', default: '1' }, reps: { type: 'string', default: '3' } },
});
const model: 'mlp' | 'cnn' = f.model === 'cnn' ? 'cnn' : 'mlp';
const { train, test } = await loadImages('mnist14');
const models = await loadModels('mnist14', 16);
const backend = await initNodeBackend('wasm');
const tangentAt = decoderTangentProvider(models.maps);
const settings = {
  dataset: 'mnist14' as const, model, optimizer: 'adam' as const, learningRate: 0.001, batchSize: 64, epochs: 1,
  initScale: 1, weightDecay: 0, seed: 1, k: 16, sliceIndex: 0, sliceExtent: 2, dataBase: 'unused',
};
const trainer = await createImageTrainer(classifierConfigOf(settings, test.side, test.numClasses), settings, false);
const B = settings.batchSize;
let epochSeconds = 0;
for (let e = 0; e < Number(f.epochs); e++) {
  const t0 = performance.now();
  for (let s = 0; s < train.count; s += B) {
    const rows = Math.min(B, train.count - s);
    await trainer.step(train.images.subarray(s * train.n, (s + rows) * train.n), train.labels.subarray(s, s + rows));
  }
  epochSeconds = (performance.now() - t0) / 1000;
}
const clf = classifierOfSnapshot(await trainer.getWeights());
const probe = chooseProbe(test.count, PROBE.gradientCount, PROBE.attackCount, PROBE.seed);
const evalSet = gatherSubset(test, chooseProbe(test.count, PROBE.evalCount, 0, PROBE.seed + 1).gradient);
const onTrainer: BatchLogits = (x, c) => trainer.logits(x, c);
const inJs = classifierBatch(clf);
const weights = await trainer.getWeights();
const gradImages = gatherSubset(test, probe.gradient);
const reps = Number(f.reps);
const rows: [string, number][] = [];
const firsts: [string, number][] = [];
async function time(name: string, fn: () => unknown): Promise<void> {
  const c0 = process.cpuUsage();
  await fn(); // warm-up (JIT, kernels): its cost is reported apart
  const c = process.cpuUsage(c0);
  firsts.push([name, (c.user + c.system) / 1000]);
  const t: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    t.push((c.user + c.system) / 1000);
  }
  t.sort((a, b) => a - b);
  rows.push([name, t[Math.floor(t.length / 2)]]);
}
let Q: Float64Array[][] = [];
await time(`tangent bases of ${probe.gradient.length} probe digits`, () => (Q = Array.from(probe.gradient, (i) => tangentAt(imageOf(test, i)).Q)));
await time(`logits of ${evalSet.count} digits, trainer (${backend})`, () => lossAndAccuracy(onTrainer, evalSet, test.numClasses));
await time(`logits of ${evalSet.count} digits, plain JS`, () => lossAndAccuracy(inJs, evalSet, test.numClasses));
await time(`ρ_g + null on ${probe.gradient.length} digits (band on 16)`, () => gradientProbe(clf, test, probe.gradient, Q));
await time(`ρ_g + null, band draws 0`, () => gradientProbe(clf, test, probe.gradient, Q, 2));
await time(`ρ_g + null, gradients batched on ${backend}`, () => gradientMetricsOf(weights, gradImages, probe, Q));
const idx = settings.sliceIndex;
const Qs = tangentAt(imageOf(test, idx)).Q;
const plane = slicePlane(imageOf(test, idx), Qs, marginGradient(clf, imageOf(test, idx), 0));
for (const res of [49, SLICE_RES])
  await time(`plane grid ${res}² on the trainer`, () => sliceMarginGrid(imageVertexLogits(onTrainer, imageOf(test, idx), [plane.u, plane.v]), 2, 0, res, 2));
const axes = volumeAxes(plane)!;
for (const res of [16, VOLUME_RES[model]])
  await time(`3-D grid + mesh ${res}³ on the trainer`, () => sliceVolume(imageVertexLogits(onTrainer, imageOf(test, idx), axes), 0, res, 2));
await time(`whole slice (plane ${SLICE_RES}², 3 paths, ${VOLUME_RES[model]}³), trainer`, () =>
  computeDigitSlice(onTrainer, clf, imageOf(test, idx), Qs, idx, 1, SLICE_RES, 2, VOLUME_RES[model]));
await time(`plane ${SLICE_RES}² + 3 paths, JS`, () => computeDigitSlice(inJs, clf, imageOf(test, idx), Qs, idx, 1, SLICE_RES, 2, 0));
const x0 = imageOf(test, idx);
const ctx = { model: clf, x0, label: clf.logits(x0).indexOf(Math.max(...clf.logits(x0))), lo: 0, hi: 1, projector: projectorFromBasis(Qs) };
for (const mode of ['free', 'on', 'off'] as const)
  await time(`slice digit's ${mode} flip run`, () => flipRun(ctx, mode, { stepSize: 0.02, maxSteps: 1500, refine: 20 }));
await time(`one JS margin gradient (x64)`, () => { for (let i = 0; i < 64; i++) marginGradient(clf, x0, 0); });
await time('one attacked digit (3 flip runs + ρ_δ null)', () => flipProbeRow(clf, imageOf(test, probe.attack[0]), probe.attack[0], Q[0]));
console.log(`\n${model.toUpperCase()} after ${f.epochs} epoch(s), ${backend}, epoch ${epochSeconds.toFixed(2)} s, medians of ${reps} (CPU ms):`);
rows.forEach(([name, ms], i) => console.log(`  ${name.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms   (first call ${firsts[i][1].toFixed(1)} ms)`));
trainer.dispose();
console.log(`tensors left: ${tf.memory().numTensors}`);
