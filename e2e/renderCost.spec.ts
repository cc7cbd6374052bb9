import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/**
 * What a frame of the main view costs on software GL: the view draws at half resolution while
 * the camera moves and at full resolution at rest, and the frame that draws an attack path
 * compiles no shader program (the path programs are compiled ahead, once per page).
 */

const bufferWidth = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (document.querySelector('.stage canvas') as HTMLCanvasElement).width);

test('orbiting draws the view at half resolution; at rest it is drawn at full resolution again', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?preset=paper-plane&backend=js&seed=1');
  const box = (await page.locator('.stage canvas').boundingBox())!;
  // At rest the buffer reaches the view's full size (gpuPacing reallocates a much smaller one once
  // the layout has settled and the page is idle; the start-up camera fit may also have regressed it).
  await expect.poll(() => bufferWidth(page), { timeout: 5_000 }).toBeGreaterThanOrEqual(Math.floor(box.width) - 1);
  const full = await bufferWidth(page);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await page.mouse.down();
  const during: number[] = [];
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + box.width * (0.3 + 0.03 * i), box.y + box.height * (0.6 - 0.02 * i));
    during.push(await bufferWidth(page));
  }
  await page.mouse.up();
  // Regressed to r3f's performance.min = 0.5 while the camera moved…
  expect(Math.min(...during)).toBeLessThanOrEqual(Math.ceil(full * 0.5) + 1);
  // …and back to the full drawing buffer once it stopped.
  await expect.poll(() => bufferWidth(page), { timeout: 5_000 }).toBe(full);
  expect(errors).toEqual([]);
});

test('the first attack path is drawn without compiling a shader program', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const w = window as any;
    w.__links = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const link = proto.linkProgram;
      proto.linkProgram = function (this: WebGLRenderingContext, p: WebGLProgram) {
        w.__links++;
        return link.call(this, p);
      };
    }
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?preset=paper-plane&backend=js&seed=1');
  const links = () => page.evaluate(() => (window as any).__links as number);
  // The path programs are compiled once the page is idle after the first boundary (≤ 1.5 s).
  await page.waitForTimeout(2500);
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await links();
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [1000], timeout: 15_000 },
    )
    .toBe(true);
  const before = await links();
  await page.evaluate(() => (window as any).__lab.attacks.attackPoint(12));
  await expect.poll(() => page.evaluate(() => (window as any).__lab.attacks.latencies().length), { timeout: 20_000 }).toBe(1);
  // A second path moves the arrows off the first one: no program is freed and compiled again.
  await page.evaluate(() => (window as any).__lab.attacks.attackPoint(3));
  await expect.poll(() => page.evaluate(() => (window as any).__lab.attacks.latencies().length), { timeout: 20_000 }).toBe(2);
  expect(await links()).toBe(before);
  expect(errors).toEqual([]);
});
