import * as tf from '@tensorflow/tfjs';
import type { ClassifierConfig } from '../core/model/imageModels';
import { createImageTrainer, imageInputDim } from '../core/model/image/tfImageTrainer';
import type { ImageTrainerBackend, ImageTrainOptions } from '../core/model/image/imageTrainer';
import { fastestBackend, timeImageSteps, type ImageBackendTiming } from '../core/model/image/imageBackendTiming';
import { hardwareWebGpu, webGlRenderer } from './backends';

export interface ImageBackendChoice {
  readonly backend: ImageTrainerBackend;
  readonly reason: string;
  readonly timings: readonly ImageBackendTiming[];
}

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Where an image run trains, as for the toys (backends.ts): WebGPU directly on a hardware
 * adapter; otherwise a timed training step of this network and batch size on each remaining
 * candidate (software WebGL is skipped: it is never fastest and costs seconds of shader
 * compilation), and the fastest wins. Leaves the winner as the active tfjs backend.
 * Candidates default to webgpu, webgl, wasm, cpu (the likely winner first, so a hopeless one
 * is stopped after one step). Throws if no candidate can train.
 */
export async function chooseImageBackend(
  cfg: ClassifierConfig,
  opts: ImageTrainOptions,
  candidates: readonly ImageTrainerBackend[] = ['webgpu', 'wasm', 'webgl', 'cpu'],
): Promise<ImageBackendChoice> {
  const timings: ImageBackendTiming[] = [];
  if (candidates.includes('webgpu')) {
    const gpu = await hardwareWebGpu();
    if (gpu.ok && (await tf.setBackend('webgpu').catch(() => false))) {
      await tf.ready();
      return { backend: 'webgpu', reason: gpu.note, timings: [{ backend: 'webgpu', note: gpu.note }] };
    }
    timings.push({ backend: 'webgpu', note: gpu.ok ? 'failed to initialise' : gpu.note });
  }
  for (const backend of candidates) {
    if (backend === 'webgpu') continue;
    if (backend === 'webgl') {
      const gl = webGlRenderer();
      if (gl === null || SOFTWARE_GL.test(gl)) {
        timings.push({ backend, note: gl === null ? 'no WebGL2' : `software renderer (${gl})` });
        continue;
      }
    }
    try {
      const trainer = await createImageTrainer(cfg, opts, backend);
      try {
        const best = Math.min(...timings.map((t) => t.msPerStep ?? Infinity));
        timings.push({ backend, msPerStep: await timeImageSteps(trainer, imageInputDim(cfg), 3, 1, 3 * best) });
      } finally {
        trainer.dispose();
      }
    } catch (e) {
      timings.push({ backend, note: e instanceof Error ? e.message : String(e) });
    }
  }
  const { backend, reason } = fastestBackend(timings);
  if (tf.getBackend() !== backend) {
    await tf.setBackend(backend);
    await tf.ready();
  }
  return { backend, reason, timings };
}
