import { withTimeout } from './browser.mjs';

/**
 * Opens the lab in a fresh browser context (cold HTTP cache) and waits until the engine is
 * ready and the first boundary has arrived. Returns the page, its context, the page errors
 * seen, and the times (ms since navigation start) of engine-ready and first boundary.
 */
export async function openLab(ctx, { query = '', initScript, timeoutMs = 90_000 } = {}) {
  await ctx.ensureServer?.();
  const context = await ctx.browser.newContext({ viewport: { width: 1400, height: 860 } });
  ctx.track?.(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A crashed page or engine worker never answers: make pending engine calls fail instead of hang.
  page.benchGone = new Promise((_, reject) => {
    page.on('crash', () => reject(new Error('the page crashed')));
    page.on('worker', (w) => w.on('close', () => reject(new Error(`worker ${w.url().split('/').pop()} closed (crashed or out of memory?)`))));
  });
  page.benchGone.catch(() => {});
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${ctx.baseUrl}/${query ? `?${query}` : ''}`);
  const handle = await page.waitForFunction(
    () => {
      const lab = window.__lab;
      if (!lab) return false;
      const ready = lab.store.getState().engineStatus === 'ready';
      if (ready && window.__benchReadyAt === undefined) window.__benchReadyAt = performance.now();
      return ready && lab.live.boundary ? { readyMs: window.__benchReadyAt, boundaryMs: performance.now() } : false;
    },
    null,
    { polling: 10, timeout: timeoutMs },
  );
  const times = await handle.jsonValue();
  // "Drawn": one more animation frame after the boundary reached the page.
  times.drawnMs = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  return { page, context, errors, times };
}

/** Calls a worker bench command through the page (window.__lab.engine() is the comlink remote). */
export function engineCall(page, method, args, timeoutMs = 120_000) {
  const call = page.evaluate(([m, a]) => window.__lab.engine()[m](a), [method, args]);
  return withTimeout(
    Promise.race([call, page.benchGone]),
    timeoutMs,
    `engine.${method}(${JSON.stringify(args)})`,
  );
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};

/** The page's WebGPU adapter: null when none; isFallback for a software (SwiftShader) adapter. */
export function webgpuAdapter(page) {
  return page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    if (!a) return null;
    return { isFallback: a.info?.isFallbackAdapter ?? a.isFallbackAdapter ?? false, vendor: a.info?.vendor ?? '', architecture: a.info?.architecture ?? '', description: a.info?.description ?? '' };
  });
}

/** The page's WebGL renderer string (e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …))"). */
export function webglRenderer(page) {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null;
  });
}
