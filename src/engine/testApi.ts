import * as tf from '@tensorflow/tfjs';

/** Probes for the browser tests, in the test build only (see worker.ts). */
export const testApi = {
  /** Tensors alive in the worker (leak checks) and the tfjs backend. */
  memory: () => ({ numTensors: tf.memory().numTensors, backend: tf.getBackend() }),
  /** Fault injection: a real device loss on the webgpu backend, as a driver reset would cause. */
  loseGpuDevice(): boolean {
    const backend = tf.backend() as unknown as { device?: { destroy(): void } };
    if (tf.getBackend() !== 'webgpu' || !backend.device) return false;
    backend.device.destroy();
    return true;
  },
};
