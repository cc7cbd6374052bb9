/**
 * Bring your own classifier: the picked files go to the worker as bytes, which checks the model
 * against the loaded data set before it replaces the current one. On success the thumbnails'
 * predictions, the attack and the A/B table (all of the old model) are refreshed or cleared.
 */
import type { ModelBundle } from '../core/model/importedModelBundle';
import type { ImportFile, ImageLabInfo } from '../engine/imageTypes';
import { getEngine } from './engineHandle';
import { patchAb, useImageLab } from './imageLabStore';

const THUMBS = 60;

function engine() {
  const e = getEngine();
  if (!e) throw new Error('the engine is not running');
  return e;
}

async function adopt(info: ImageLabInfo): Promise<void> {
  useImageLab.setState({ info, attack: null, slice: null });
  patchAb({ rows: [], result: null, done: 0, total: 0, error: null, stage: '' });
  useImageLab.setState({ thumbs: await engine().imageThumbnails(THUMBS) });
}

export type ImportKind = 'classifier' | 'autoencoder';

/** Reads the files and imports them as `kind`; resolves to the error message, or null on success. */
export async function importModelFiles(kind: ImportKind, list: FileList | readonly File[]): Promise<string | null> {
  const files = Array.from(list);
  if (files.length === 0) return 'no files chosen';
  return importPicked(kind, () => Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
}

/** Imports a model bundle (e.g. from a scene file) as `kind`; the worker checks its hash and shape. */
export async function importModelBundle(kind: ImportKind, bundle: ModelBundle): Promise<string | null> {
  return importPicked(kind, async () => [
    { name: `${bundle.name}.dml-model.json`, bytes: new TextEncoder().encode(JSON.stringify(bundle)) },
  ]);
}

async function importPicked(kind: ImportKind, read: () => Promise<ImportFile[]>): Promise<string | null> {
  try {
    const picked = await read();
    await adopt(await (kind === 'classifier' ? engine().imageImportClassifier(picked) : engine().imageImportAutoencoder(picked)));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The imported models as bundles for a scene file (none when the image lab never loaded). */
export async function importedBundles(): Promise<{ classifier: ModelBundle | null; autoencoder: ModelBundle | null }> {
  const e = getEngine();
  return e ? e.imageImportedBundles() : { classifier: null, autoencoder: null };
}

export async function restoreShippedModel(kind: ImportKind): Promise<string | null> {
  try {
    await adopt(await (kind === 'classifier' ? engine().imageUseShippedClassifier() : engine().imageUseShippedAutoencoder()));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The imported model as one file (weights, name, input shape, SHA-256) for a later import. */
export async function importedModelFile(): Promise<{ fileName: string; text: string }> {
  return engine().imageExportImported();
}
