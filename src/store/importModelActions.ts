/**
 * Bring your own classifier: the picked files go to the worker as bytes, which checks the model
 * against the loaded data set before it replaces the current one. On success the thumbnails'
 * predictions, the attack and the A/B table (all of the old model) are refreshed or cleared.
 */
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
  try {
    const picked: ImportFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    await adopt(await (kind === 'classifier' ? engine().imageImportClassifier(picked) : engine().imageImportAutoencoder(picked)));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
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
