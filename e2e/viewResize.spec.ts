import { expect, test, type Page } from '@playwright/test';
import { canvasColourCount, openApp, watchErrors } from './helpers';

/**
 * The main view's drawing buffer (gpuPacing.ts): a small layout change scales the picture and
 * keeps the buffer (reallocating one waits for the whole GPU: a long main-thread task on software
 * GL); a large one reallocates it once the layout has settled, and the view is drawn again.
 */
const view = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector('.stage canvas') as HTMLCanvasElement;
    return {
      cssW: c.clientWidth,
      cssH: c.clientHeight,
      bufW: c.width,
      bufH: c.height,
      frames: (window as any).__lab.live.frames as number,
    };
  });

test('a small resize keeps the drawing buffer, a large one reallocates it and redraws', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '?preset=paper-plane&seed=1');
  // At rest the buffer matches the view (the start-up camera fit may have regressed the pixel ratio
  // for a moment: drei's AdaptiveDpr while the controls move, then back).
  await expect
    .poll(
      async () => {
        const v = await view(page);
        return v.bufW > 0 && Math.abs(v.bufW - v.cssW) <= 1;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const before = await view(page);

  // 20 px less height: the canvas follows in CSS, the buffer stays.
  await page.setViewportSize({ width: 1440, height: 880 });
  await expect.poll(async () => (await view(page)).cssH, { timeout: 5_000 }).not.toBe(before.cssH);
  await page.waitForTimeout(1500);
  const small = await view(page);
  expect([small.bufW, small.bufH]).toEqual([before.bufW, before.bufH]);

  // A window less than half as tall: the view shrinks by more than the buffer may be scaled (2×); it is reallocated.
  await page.setViewportSize({ width: 1440, height: 380 });
  await expect
    .poll(
      async () => {
        const v = await view(page);
        return Math.abs(v.bufW - v.cssW) <= 1 && Math.abs(v.bufH - v.cssH) <= 1;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const large = await view(page);
  expect(large.bufH).toBeLessThan(before.bufH / 2);
  expect(large.frames).toBeGreaterThan(small.frames);
  // The reallocated buffer holds a drawn scene, not a blank canvas.
  expect(await canvasColourCount(page)).toBeGreaterThan(12);
  expect(errors).toEqual([]);
});
