import { expect, test, type Page } from '@playwright/test';
import { canvasPixelsNear, openApp, watchErrors } from './helpers';

// Train mode's 3-D slice (x + a·u + b·t₂ + c·v): drawn at init, redrawn after an epoch, and
// changed by scrubbing the weight timeline.

const VOLUME_CANVAS = '[data-testid=train-volume-canvas] canvas';
const BACKGROUND = [0xf4, 0xf5, 0xf7] as const; // #f4f5f7

/** The 3-D canvas: its pixels as a data URL, and how many differ from the background. */
async function volumePixels(page: Page): Promise<{ url: string; drawn: number; total: number }> {
  const { near, total } = await canvasPixelsNear(page, VOLUME_CANVAS, BACKGROUND, 24);
  const url = await page.evaluate((sel) => (document.querySelector(sel) as HTMLCanvasElement).toDataURL(), VOLUME_CANVAS);
  return { url, drawn: total - near, total };
}

/** Waits until the 3-D view shows `epoch` and a rendered frame differs from `previous`. */
async function volumeAt(page: Page, epoch: number, previous?: string) {
  await expect(page.locator('[data-testid=train-volume]')).toHaveAttribute('data-epoch', String(epoch), { timeout: 60_000 });
  let px = await volumePixels(page);
  await expect
    .poll(async () => {
      px = await volumePixels(page);
      return px.drawn > 0.05 * px.total && px.url !== previous;
    })
    .toBe(true);
  return px;
}

test('image training: the 3-D slice is drawn at init, redrawn after an epoch and on a scrub', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    (window as any).__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as any).__longTasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await openApp(page, '?imgEpochs=1&imgDigit=3');
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.click('[data-testid=image-mode-train]');
  await page.click('[data-testid=train-start]');
  const init = await volumeAt(page, 0);
  const mounted = await page.evaluate(() => performance.now());
  expect(Number(await page.getAttribute('[data-testid=train-volume]', 'data-triangles'))).toBeGreaterThan(0);
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  const live = await volumeAt(page, 1, init.url);
  // Measured, not asserted (a shared machine's timings are not a test): the page's long tasks while the epoch trained.
  const cost = await page.evaluate((at) => {
    const lab = (window as any).__lab.training.live;
    const r = lab.records[lab.records.length - 1];
    const long = ((window as any).__longTasks as [number, number][]).filter(([t]) => t > at).map(([, d]) => d);
    return { volumeMs: lab.latest.volume.computeMs, trainSeconds: r.trainSeconds, metricSeconds: r.metricSeconds, long };
  }, mounted);
  console.log(
    `3-D slice at epoch 1: ${live.drawn} of ${live.total} pixels drawn, ${await page.getAttribute('[data-testid=train-volume]', 'data-triangles')} triangles, ` +
      `grid + mesh ${cost.volumeMs.toFixed(0)} ms in the worker; training ${cost.trainSeconds.toFixed(2)} s, metric passes ${cost.metricSeconds.toFixed(2)} s so far; ` +
      `main-thread tasks > 50 ms during the epoch: ${cost.long.length} (longest ${Math.max(0, ...cost.long).toFixed(0)} ms)`,
  );
  await page.screenshot({ path: 'test-results/image-slice3d-1440.png' });

  // Scrub to init: the 3-D view shows the initial network's boundary again.
  await page.click('[data-testid=train-panel-0]');
  const scrubbed = await volumeAt(page, 0, live.url);
  await page.click('[data-testid=train-timeline-live]');
  await volumeAt(page, 1, scrubbed.url);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/image-slice3d-1280.png' });
  expect(errors).toEqual([]);
});
