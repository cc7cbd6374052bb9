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
  // A crashed page, or an engine worker that was closed (the app's heartbeat restarts a worker
  // that stays busy > 10 s), never answers: pending engine calls fail instead of hanging.
  page.benchEvents = [];
  page.benchGoneListeners = new Set();
  const gone = (why) => {
    if (!page.benchGoneListeners.size) return; // e.g. the section closing its own page
    page.benchEvents.push({ at: Date.now(), what: why });
    ctx.events?.push(why);
    for (const f of page.benchGoneListeners) f(new Error(why));
  };
  page.on('crash', () => gone('the page crashed'));
  page.on('worker', (w) => w.on('close', () => gone(`worker ${w.url().split('/').pop()} closed (engine restarted?)`)));
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
  let onGone;
  const gone = new Promise((_, reject) => page.benchGoneListeners?.add((onGone = reject)));
  return withTimeout(
    Promise.race([call, gone]).finally(() => page.benchGoneListeners?.delete(onGone)),
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
