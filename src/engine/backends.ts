import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendInfo, BackendName, BackendPref, TfBackendName } from './protocol';
import { timeTrainingStep, timeJsTrainingStep } from './backendProbe';

// The threaded wasm build crashes under Vite without COOP/COEP; the SIMD build is used instead.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; description?: string };
}

/** Is there a WebGPU adapter that is real hardware (a software fallback adapter does not count)? */
async function hardwareWebGpu(): Promise<{ ok: boolean; note: string }> {
  const gpu = (globalThis.navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return { ok: false, note: 'WebGPU is not exposed by this browser' };
  try {
    const adapter = (await gpu.requestAdapter()) as GpuAdapterLike | null;
    if (!adapter) return { ok: false, note: 'no WebGPU adapter' };
    const fallback = adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false;
    const name = [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || 'unknown GPU';
    return fallback
      ? { ok: false, note: `WebGPU adapter is a software fallback (${name})` }
      : { ok: true, note: `hardware WebGPU adapter (${name})` };
  } catch (e) {
    return { ok: false, note: `WebGPU adapter request failed: ${String(e)}` };
  }
}

async function trySet(name: BackendName): Promise<boolean> {
  // The plain-JS trainer needs no tfjs backend; tfjs keeps wasm (or cpu) for everything else.
  if (name === 'js') return (await trySet('wasm')) || (await trySet('cpu'));
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/**
 * Picks the training backend. 'auto': WebGPU on a hardware adapter; otherwise the fastest
 * of wasm / webgl / cpu / plain JS measured on the paper's training step. A forced backend that fails
 * to initialise falls back to auto with a notice.
 */
export async function chooseBackend(pref: BackendPref | 'auto-cpu'): Promise<BackendInfo> {
  const available: Partial<Record<BackendName, boolean>> = {};
  const skipGpu = pref === 'auto-cpu';
  if (pref === 'auto-cpu') pref = 'auto';
  if (pref !== 'auto') {
    if (await trySet(pref)) {
      available[pref] = true;
      return { active: pref, reason: `forced by the user (${pref})`, available };
    }
    available[pref] = false;
    const info = await chooseBackend('auto');
    return { ...info, available: { ...info.available, ...available }, fallbackNotice: `The ${pref} backend is not available in this browser; using ${info.active} instead.` };
  }
  const gpu = skipGpu ? { ok: false, note: 'GPU backends skipped after a failure' } : await hardwareWebGpu();
  if (gpu.ok && (await trySet('webgpu'))) {
    available.webgpu = true;
    return { active: 'webgpu', reason: gpu.note, available };
  }
  available.webgpu = false;
  const measured: Partial<Record<BackendName, number>> = {};
  for (const name of (skipGpu ? ['wasm', 'cpu'] : ['wasm', 'webgl', 'cpu']) as TfBackendName[]) {
    if (!(await trySet(name))) {
      available[name] = false;
      continue;
    }
    available[name] = true;
    measured[name] = await timeTrainingStep();
  }
  available.js = true;
  measured.js = await timeJsTrainingStep();
  const ranked = (Object.entries(measured) as [BackendName, number][]).sort((a, b) => a[1] - b[1]);
  if (ranked.length === 0) throw new Error('No tfjs backend could be initialised in this browser.');
  const [best] = ranked[0];
  await trySet(best);
  const table = ranked.map(([n, t]) => `${n} ${t.toFixed(2)}`).join(', ');
  return {
    active: best,
    reason: `${gpu.note}; fastest measured training step: ${best} (ms/step: ${table})`,
    available,
    measured,
  };
}
