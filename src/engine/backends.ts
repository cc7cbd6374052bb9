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
export async function hardwareWebGpu(): Promise<{ ok: boolean; note: string }> {
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

/** The WebGL renderer string seen from this worker, or null without WebGL2. */
export function webGlRenderer(): string | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/** A candidate this many times slower than the best measured one is out of the race. */
const GIVE_UP_FACTOR = 3;

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
    return {
      ...info,
      available: { ...info.available, ...available },
      fallbackNotice: `The ${pref} backend is not available in this browser; using ${info.active} instead.`,
    };
  }
  const gpu = skipGpu ? { ok: false, note: 'GPU backends skipped after a failure' } : await hardwareWebGpu();
  if (gpu.ok && (await trySet('webgpu'))) {
    available.webgpu = true;
    return { active: 'webgpu', reason: gpu.note, available };
  }
  available.webgpu = false;
  const measured: Partial<Record<BackendName, number>> = {};
  // Software WebGL (SwiftShader, llvmpipe) is never the fastest here and costs seconds of
  // shader compilation to time, which would delay the first frame: it is skipped like a
  // fallback WebGPU adapter. Forcing ?backend=webgl still uses it.
  const gl = skipGpu ? null : webGlRenderer();
  const softwareGl = gl !== null && /swiftshader|llvmpipe|softpipe|software|basic render/i.test(gl);
  const candidates: TfBackendName[] = skipGpu || softwareGl ? ['wasm', 'cpu'] : ['wasm', 'webgl', 'cpu'];
  if (softwareGl) available.webgl = true;
  // Plain JS first: it is usually the fastest here, and a candidate whose first timed steps are
  // GIVE_UP_FACTOR times slower than the best so far is not timed further (backendProbe.ts).
  available.js = true;
  measured.js = await timeJsTrainingStep();
  for (const name of candidates) {
    if (!(await trySet(name))) {
      available[name] = false;
      continue;
    }
    available[name] = true;
    measured[name] = await timeTrainingStep(12, GIVE_UP_FACTOR * Math.min(...Object.values(measured)));
  }
  const ranked = (Object.entries(measured) as [BackendName, number][]).sort((a, b) => a[1] - b[1]);
  if (ranked.length === 0) throw new Error('No tfjs backend could be initialised in this browser.');
  const [best] = ranked[0];
  await trySet(best);
  const table = ranked.map(([n, t]) => `${n} ${t.toFixed(2)}`).join(', ');
  const glNote = softwareGl ? `; WebGL is software-rendered (${gl}), not timed` : '';
  return {
    active: best,
    reason: `${gpu.note}${glNote}; fastest measured training step: ${best} (ms/step: ${table})`,
    available,
    measured,
  };
}
