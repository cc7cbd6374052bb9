/**
 * Where the worker finds the shipped image-lab files. models/ is not served by Vite, so every
 * model.json / weights.bin (and the manifest) is imported as an asset URL: the build emits
 * them next to the scripts. The data sets live in public/data, served under the page's base.
 */
import { httpFetcher, type ImageSetFetcher } from '../core/datasets/mnist14';
import type { ModelFiles } from '../core/experiments/imageExperimentModels';

const URLS = import.meta.glob('../../models/**/*.{json,bin}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const PREFIX = '../../models/';

async function get(path: string): Promise<Response> {
  const url = URLS[PREFIX + path];
  if (!url) throw new Error(`models/${path} is not part of this build`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`models/${path}: HTTP ${res.status}`);
  return res;
}

/** The models/ folder as bundled assets. */
export const bundledModels: ModelFiles = {
  json: async (path) => {
    const res = await get(path);
    try {
      return await res.json();
    } catch {
      throw new Error(`models/${path} is not valid JSON (corrupt file?)`);
    }
  },
  bytes: async (path) => (await get(path)).arrayBuffer(),
};

/** The data sets under `dataBase` (an absolute URL ending in '/'). */
export function dataFetcher(dataBase: string): ImageSetFetcher {
  return httpFetcher(dataBase.endsWith('/') ? dataBase : dataBase + '/');
}
