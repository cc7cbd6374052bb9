/**
 * Hands a scene file's imported models over the reload that "Load scene" does, and imports
 * them again once the Image lab is ready. IndexedDB, not session storage: a model's weights
 * can be many MB, past session storage's few MB (5–10 MB by browser); session storage only marks that this tab
 * has models waiting. Three plain requests (put, get, delete), so no wrapper library.
 */
import type { ImageLabInfo } from '../engine/imageTypes';
import { pushNotice } from './appStore';
import { loadLab } from './imageLabActions';
import { useImageLab } from './imageLabStore';
import { importModelBundle, type ImportKind } from './importModelActions';
import { parseSceneModels } from './sceneModels';

const DB = 'dimpled-manifold-lab';
const STORE = 'handover';
const KEY = 'scene-models';
/** Session-storage mark: this tab's reload has models waiting. */
export const PENDING_MODELS_KEY = 'dmlab-scene-models';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
  });
}

function request<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const r = f(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(r.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB refused the request'));
        };
      }),
  );
}

/** Keeps the models for the next load of this tab; resolves to an error message, or null. */
export async function stashSceneModels(models: unknown): Promise<string | null> {
  try {
    await request('readwrite', (s) => s.put(models, KEY));
    sessionStorage.setItem(PENDING_MODELS_KEY, '1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

async function takeSceneModels(): Promise<unknown> {
  sessionStorage.removeItem(PENDING_MODELS_KEY);
  const models = await request('readonly', (s) => s.get(KEY));
  await request('readwrite', (s) => s.delete(KEY));
  return models;
}

let restoring: Promise<void> | null = null;

/**
 * Imports the waiting models into the ready Image lab (first switching to the data set and k
 * they were saved with). Each model is imported, or refused with its reason, on its own.
 */
export function restoreSceneModels(): Promise<void> {
  if (!sessionStorage.getItem(PENDING_MODELS_KEY)) return Promise.resolve();
  restoring ??= restore().finally(() => (restoring = null));
  return restoring;
}

const notice = (kind: 'info' | 'error', text: string) => pushNotice(kind, text, { scope: 'image' });

async function restore(): Promise<void> {
  let raw: unknown;
  try {
    raw = await takeSceneModels();
  } catch (e) {
    return notice('error', `The scene's imported models could not be read back (${String(e)}); the rest of the scene loaded.`);
  }
  if (raw === undefined) return;
  const p = parseSceneModels(raw);
  if (!p.ok) return notice('error', `${p.message}; the rest of the scene loaded with the shipped models.`);
  const { dataset, k, classifier, autoencoder } = p.models;
  const lab = useImageLab.getState();
  if (lab.dataset !== dataset || lab.k !== k) await loadLab(dataset, k);
  if (useImageLab.getState().status !== 'ready')
    return notice('error', `The image lab could not load ${dataset}, so the scene's imported models were not restored.`);
  const done: string[] = [];
  for (const [kind, bundle] of [
    ['classifier', classifier],
    ['autoencoder', autoencoder],
  ] as const) {
    if (!bundle) continue;
    const error = await importModelBundle(kind, bundle);
    if (error)
      notice(
        'error',
        `The scene's imported ${kind} ${bundle.name} was not restored: ${error}. The rest of the scene loaded; the shipped ${kind} is active.`,
      );
    else done.push(restoredText(kind, useImageLab.getState().info));
  }
  if (done.length) notice('info', `Restored from the scene file: ${done.join('; ')}.`);
}

function restoredText(kind: ImportKind, info: ImageLabInfo | null): string {
  const m = kind === 'classifier' ? info?.imported : info?.importedAutoencoder;
  return m ? `the imported ${kind} ${m.name} (SHA-256 ${m.sha256.slice(0, 12)}… verified)` : `the imported ${kind}`;
}
