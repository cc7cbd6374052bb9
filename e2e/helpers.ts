import { expect, type Page } from '@playwright/test';

/** Collects uncaught page errors; assert it is empty at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Open the app and wait until the engine is ready and the first boundary has arrived. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(
    () => {
      const lab = (window as any).__lab;
      return lab && lab.store.getState().engineStatus === 'ready' && lab.live.boundary !== null;
    },
    undefined,
    { timeout: 90_000 },
  );
}

export async function runState(page: Page): Promise<string> {
  return (await page.textContent('[data-testid=run-state]')) ?? '';
}

/** Train until the run stops by itself (converged / max epochs / diverged). */
export async function trainUntilStopped(page: Page, timeout = 120_000): Promise<string> {
  await page.click('[data-testid=play]');
  await expect(page.locator('[data-testid=run-state]'))
    .not.toHaveText('running', { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForFunction(
    () => {
      const s = (window as any).__lab.store.getState().runState;
      return s === 'converged' || s === 'max-epochs' || s === 'diverged';
    },
    undefined,
    { timeout },
  );
  return runState(page);
}

/** Distinct colours in each canvas under `selector` (a blank canvas has one). */
export async function colourCounts(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    return Array.from(document.querySelectorAll(`${sel} canvas`)).map((src) => {
      const c = document.createElement('canvas');
      c.width = 200;
      c.height = 150;
      const g = c.getContext('2d')!;
      g.drawImage(src as HTMLCanvasElement, 0, 0, c.width, c.height);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4) seen.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
      return seen.size;
    });
  }, selector);
}

/** Distinct colours in the main view's WebGL canvas. */
export async function canvasColourCount(page: Page): Promise<number> {
  return (await colourCounts(page, '.stage'))[0] ?? 0;
}

/** Pixels of the canvas matching `selector` within `tol` (sum of |ΔR|, |ΔG|, |ΔB|) of an RGB colour, and its pixel count. */
export async function canvasPixelsNear(
  page: Page,
  selector: string,
  rgb: readonly [number, number, number],
  tol = 40,
): Promise<{ near: number; total: number }> {
  return page.evaluate(
    ([sel, r, g, b, t]) => {
      const src = document.querySelector(sel) as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let near = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < t) near++;
      return { near, total: d.length / 4 };
    },
    [selector, ...rgb, tol] as const,
  );
}
