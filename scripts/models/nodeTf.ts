/** tfjs in Node without native binaries: the wasm backend (SIMD), falling back to cpu. */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadImageSet, type ImageDatasetId, type ImageSplit, type ImageSetFetcher } from '../../src/core/datasets/mnist14';

export async function initNodeBackend(prefer: 'wasm' | 'cpu' = 'wasm'): Promise<string> {
  if (prefer === 'wasm') {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    setWasmPaths(dist + '/');
    if (await tf.setBackend('wasm')) return tf.getBackend();
    console.warn('wasm backend failed to initialise; using cpu');
  }
  await tf.setBackend('cpu');
  return tf.getBackend();
}

export const DATA_DIR = join(process.cwd(), 'public', 'data');

export const diskFetcher: ImageSetFetcher = {
  bytes: async (p) => new Uint8Array(readFileSync(join(DATA_DIR, p))),
  json: async (p) => JSON.parse(readFileSync(join(DATA_DIR, p), 'utf8')),
};

export const loadSplit = (id: ImageDatasetId, split: ImageSplit) => loadImageSet(id, split, diskFetcher);
