/**
 * WebGPU in Node through Dawn (the npm package `webgpu`, an optional dependency: a prebuilt
 * dawn.node for linux-x64/arm64, darwin, win32): find an adapter, say whether it is hardware,
 * and register tfjs's WebGPU backend on it (@tensorflow/tfjs-backend-webgpu, whose own factory
 * would ask navigator.gpu for a default adapter without the compatibility-mode option).
 */
import type * as TF from '@tensorflow/tfjs';

/* Minimal shapes of the WebGPU objects used here (the DOM lib's GPU types are not in Node's). */
interface GpuAdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}
interface GpuAdapter {
  readonly info?: GpuAdapterInfo;
  readonly isFallbackAdapter?: boolean;
  readonly features: { has(name: string): boolean };
  readonly limits: Record<string, number>;
  requestDevice(d: { requiredFeatures: string[]; requiredLimits: Record<string, number> }): Promise<unknown>;
}
interface Gpu {
  requestAdapter(o?: { featureLevel?: string; powerPreference?: string }): Promise<GpuAdapter | null>;
}

export interface DawnAdapter {
  gpu: Gpu;
  adapter: GpuAdapter;
  /** Vendor, architecture, device and description as Dawn reports them. */
  name: string;
  isFallback: boolean;
  /** isFallbackAdapter, or a CPU rasteriser by name. */
  software: boolean;
  featureLevel: 'core' | 'compatibility';
}

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|software|null-backend/i;

/** The adapter Dawn offers (with `backend`, e.g. 'vulkan' or 'opengl'), or why there is none. */
export async function openDawnAdapter(o: { backend?: string; compat?: boolean }): Promise<{ ok: true; adapter: DawnAdapter } | { ok: false; reason: string }> {
  let mod: { create(flags: string[]): Gpu; globals: Record<string, unknown> };
  try {
    // A variable specifier: the package is optional, so type checking must not need it installed.
    const specifier = 'webgpu';
    mod = (await import(specifier)) as unknown as typeof mod;
  } catch (e) {
    return { ok: false, reason: `the optional npm package "webgpu" (Dawn for Node) did not load: ${String((e as Error).message ?? e).split('\n')[0]}; npm install webgpu` };
  }
  Object.assign(globalThis, mod.globals); // GPUBufferUsage, GPUMapMode, ... as a page has them
  const gpu = mod.create(o.backend ? [`backend=${o.backend}`] : []);
  const featureLevel = o.compat ? 'compatibility' : 'core';
  const adapter = await gpu.requestAdapter({ featureLevel, powerPreference: 'high-performance' });
  if (!adapter)
    return {
      ok: false,
      reason: `Dawn found no ${featureLevel} adapter${o.backend ? ` on its ${o.backend} backend` : ''}; on Linux it needs the GPU's Vulkan driver (libvulkan.so.1 and an ICD), and its warnings above say what it rejected`,
    };
  const info = adapter.info ?? {};
  const name = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ') || 'unnamed adapter';
  const isFallback = Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter);
  return { ok: true, adapter: { gpu, adapter, name, isFallback, software: isFallback || SOFTWARE.test(name), featureLevel } };
}

/** tfjs with its 'webgpu' backend on `a` (a device with the limits tfjs-backend-webgpu asks for), made active. */
export async function registerTfWebGpu(a: DawnAdapter): Promise<typeof TF> {
  const nav = (globalThis as { navigator?: object }).navigator;
  if (nav) Object.defineProperty(nav, 'gpu', { value: a.gpu, configurable: true });
  else Object.defineProperty(globalThis, 'navigator', { value: { gpu: a.gpu }, configurable: true });
  const tf = await import('@tensorflow/tfjs');
  const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
  const l = a.adapter.limits;
  const limits = [
    'maxComputeWorkgroupStorageSize',
    'maxComputeWorkgroupsPerDimension',
    'maxStorageBufferBindingSize',
    'maxBufferSize',
    'maxComputeWorkgroupSizeX',
    'maxComputeInvocationsPerWorkgroup',
  ];
  const device = await a.adapter.requestDevice({
    requiredFeatures: a.adapter.features.has('timestamp-query') ? ['timestamp-query'] : [],
    requiredLimits: Object.fromEntries(limits.map((k) => [k, l[k]])),
  });
  tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', () => new WebGPUBackend(device as never, a.adapter.info as never), 3);
  if (!(await tf.setBackend('webgpu'))) throw new Error('tfjs could not start its webgpu backend on the Dawn device');
  await tf.ready();
  return tf;
}
