/**
 * What the image lab's controls do: commands to the worker's imageApi, results into the
 * store. Every worker call goes through `call` so a failure becomes a notice, not a crash;
 * a restarted worker (which lost the lab) is reloaded once and the call retried.
 */
import type { AttackName, AttackParams } from '../core/attacks/types';
import type { ImageDatasetId } from '../core/datasets/mnist14';
import type { ABResult, AbProgress } from '../engine/imageTypes';
import { clearRunNotices, pushNotice } from './appStore';
import { getEngine } from './engineHandle';
import { firstCorrectIndex, patchAb, useImageLab } from './imageLabStore';
import { runJob } from './jobState';

const THUMBS = 60;
const get = useImageLab.getState;
const set = useImageLab.setState;

function engine() {
  const e = getEngine();
  if (!e) throw new Error('the engine is not running');
  return e;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function call<T>(what: string, f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    if (/not loaded/.test(message(e)) && get().status !== 'loading') {
      try {
        await loadLab();
        return await f();
      } catch (e2) {
        pushNotice('error', `${what} failed: ${message(e2)}`, { scope: 'image' });
        return null;
      }
    }
    pushNotice('error', `${what} failed: ${message(e)}`, { scope: 'image' });
    return null;
  }
}

/** Load (or switch) the data set and the autoencoder of latent size k. */
export async function loadLab(dataset: ImageDatasetId = get().dataset, k: number = get().k): Promise<void> {
  set({ dataset, k, status: 'loading', message: `Loading ${dataset} and its models (k = ${k})…` });
  try {
    const dataBase = new URL('data/', document.baseURI).href;
    const info = await engine().imageLoad({ dataset, k, dataBase });
    set({ info, status: 'ready', message: 'Image lab ready', attack: null, slice: null });
    const thumbs = await engine().imageThumbnails(THUMBS);
    // A fresh data set / classifier starts on its first correctly classified digit.
    set({ thumbs, selected: firstCorrectIndex(thumbs), drawn: null });
  } catch (e) {
    set({ status: 'error', message: message(e) });
  }
}

export function selectImage(index: number): void {
  set({ selected: index, drawn: null });
  void runImageAttack();
}

export function attackDrawn(pixels: Float32Array): void {
  set({ selected: null, drawn: pixels });
  void runImageAttack();
}

export function chooseAttack(attackId: AttackName): void {
  set({ attackId });
}

export function setImageParam(attackId: AttackName, key: string, value: number | boolean): void {
  set((s) => ({ params: { ...s.params, [attackId]: { ...s.params[attackId], [key]: value } as AttackParams } }));
}

/** Attack the chosen digit, then recompute the slice around it. */
export async function runImageAttack(): Promise<void> {
  const { selected, drawn, attackId, params } = get();
  if (selected === null && !drawn) return;
  set({ attackBusy: true });
  const req = { attackId, params: params[attackId], ...(selected !== null ? { index: selected } : { pixels: drawn! }) };
  const attack = await call('The attack', () => engine().imageAttack(req));
  set({ attackBusy: false, ...(attack ? { attack } : {}) });
  if (attack) await refreshSlice();
}

/** Recompute the slice; extent null = automatic (2 |δ|). */
export async function refreshSlice(third = get().sliceThird, extent = get().sliceExtent): Promise<void> {
  set({ sliceBusy: true, sliceThird: third, sliceExtent: extent });
  const slice = await call('The 3-D slice', () => engine().imageSlice({ third, ...(extent ? { extent } : {}) }));
  set({ sliceBusy: false, ...(slice ? { slice } : {}) });
}

/** Experiments A and B on the first `count` test images (k = the loaded autoencoder's). */
export async function runAB(count: number, clip: boolean): Promise<void> {
  const slot = { get: () => get().ab, set: patchAb };
  if (get().ab.running) return;
  clearRunNotices('experiments-ab');
  patchAb({ count, rows: [], result: null });
  const result = await runJob<ABResult, AbProgress>(slot, (progress, signal) => engine().imageRunAB({ count, clip }, progress, signal), {
    total: count,
    onProgress: (p) => patchAb({ rows: [...get().ab.rows, p.row] }),
  });
  if (result) {
    patchAb({ rows: result.rows });
    if (result.cancelled)
      pushNotice('info', `Experiments A+B cancelled after ${result.rows.length} images; the table shows those.`, {
        scope: 'image',
        run: 'experiments-ab',
      });
  } else if (get().ab.error) {
    pushNotice('error', `Experiments A+B failed: ${get().ab.error}`, { scope: 'image', run: 'experiments-ab' });
  }
}

export function cancelAB(): void {
  get().ab.cancel?.();
}
