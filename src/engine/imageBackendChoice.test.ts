import { describe, expect, it, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { join } from 'node:path';
import { chooseImageBackend } from './imageBackendChoice';
import { DEFAULT_MLP } from '../core/model/imageModels';

// backends.ts points the wasm binaries at Vite asset URLs; Node reads them from node_modules.
const DIST = join(__dirname, '..', '..', 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
setWasmPaths(
  Object.fromEntries(
    ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'].map((f) => [f, join(DIST, f)]),
  ),
);

describe('chooseImageBackend (Node: no WebGPU, no WebGL)', () => {
  it('skips the GPU backends with the reason, times wasm and cpu, and leaves the fastest active', async () => {
    vi.stubGlobal('navigator', {}); // a worker without navigator.gpu (Node 20 has no navigator)
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    const c = await chooseImageBackend(DEFAULT_MLP, {
      optimizer: 'adam',
      learningRate: 1e-3,
      batchSize: 16,
      initScale: 1,
      weightDecay: 0,
      seed: 1,
    });
    expect(c.timings.map((t) => t.backend)).toEqual(['webgpu', 'wasm', 'webgl', 'cpu']);
    expect(c.timings[0].note).toMatch(/WebGPU/);
    expect(c.timings[2].note).toBe('no WebGL2');
    const measured = c.timings.filter((t) => t.msPerStep !== undefined);
    expect(measured.map((t) => t.backend).sort()).toEqual(['cpu', 'wasm']);
    expect(c.backend).toBe([...measured].sort((a, b) => a.msPerStep! - b.msPerStep!)[0].backend);
    expect(tf.getBackend()).toBe(c.backend);
    expect(c.reason).toContain('fastest measured image training step');
    expect(tf.memory().numTensors).toBe(before);
    vi.unstubAllGlobals();
  });
});
