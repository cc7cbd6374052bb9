import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_MLP } from '../imageModels';
import { createImageTrainer } from './tfImageTrainer';
import { fastestBackend, syntheticBatch, timeImageSteps } from './imageBackendTiming';

describe('image backend timing', () => {
  it('ranks measured backends, names the skipped ones, and refuses when none was measured', () => {
    const r = fastestBackend([
      { backend: 'webgpu', note: 'no hardware adapter' },
      { backend: 'wasm', msPerStep: 4.2 },
      { backend: 'cpu', msPerStep: 40 },
    ]);
    expect(r.backend).toBe('wasm');
    expect(r.reason).toContain('webgpu skipped (no hardware adapter)');
    expect(r.reason).toContain('cpu 40.0 ms');
    expect(() => fastestBackend([{ backend: 'webgl', note: 'software renderer' }])).toThrow(/webgl: software renderer/);
  });

  it('times real training steps on a seeded synthetic batch without leaking tensors', async () => {
    await tf.setBackend('cpu');
    const a = syntheticBatch(8, 196, 10, 4);
    expect(a).toEqual(syntheticBatch(8, 196, 10, 4));
    expect(Math.max(...a.labels)).toBeLessThan(10);
    const t = await createImageTrainer(
      DEFAULT_MLP,
      { optimizer: 'adam', learningRate: 1e-3, batchSize: 8, initScale: 1, weightDecay: 0, seed: 1 },
      'cpu',
    );
    const before = tf.memory().numTensors;
    const ms = await timeImageSteps(t, 196, 3, 1);
    expect(ms).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
    // A first step slower than the cut-off returns that step's time alone.
    let steps = 0;
    const counted = { ...t, options: t.options, config: t.config, step: (x: Float32Array, y: Int32Array) => (steps++, t.step(x, y)) };
    expect(await timeImageSteps(counted, 196, 3, 1, 0)).toBeGreaterThan(0);
    expect(steps).toBe(1);
    await timeImageSteps(counted, 196, 3, 1);
    expect(steps).toBe(5);
    t.dispose();
  });
});
