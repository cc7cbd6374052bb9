import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, trainUntilStopped, watchErrors } from './helpers';

const screenOf = (page: Page, p: number[]) =>
  page.evaluate((q) => (window as any).__lab.attacks.live.screenOf(q), p) as Promise<{ x: number; y: number }>;
const points = (page: Page) => page.evaluate(() => Array.from((window as any).__lab.store.getState().dataset.points) as number[]);
const boundaryHead = (page: Page) =>
  page.evaluate(() => Array.from((window as any).__lab.live.boundary.boundary.positions.slice(0, 60)) as number[]);

test('edit mode: drag stays on the plane and re-dimples, add, delete, undo, redo', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js');
  expect(await trainUntilStopped(page)).toBe('converged');
  await page.getByTestId('mode-edit').click();
  const before = await points(page);
  const b0 = await boundaryHead(page);

  // Drag point 6 (at (0.25, 0.25, 0.5)) towards (0.4, 0.1).
  const from = await screenOf(page, before.slice(18, 21));
  const to = await screenOf(page, [0.4, 0.1, 0.5]);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(from.x + ((to.x - from.x) * k) / 8, from.y + ((to.y - from.y) * k) / 8);
  await page.mouse.up();
  await page.waitForTimeout(500);
  const moved = await points(page);
  expect(Math.hypot(moved[18] - before[18], moved[19] - before[19])).toBeGreaterThan(0.05);
  expect(moved[20]).toBeCloseTo(0.5, 4); // still on the plane z = 0.5
  // The converged run resumes by itself and the boundary re-dimples around the moved point.
  await expect.poll(async () => JSON.stringify(await boundaryHead(page)) !== JSON.stringify(b0), { timeout: 20_000 }).toBe(true);
  await page.waitForFunction(() => (window as any).__lab.store.getState().runState !== 'running', undefined, { timeout: 60_000 });

  // Click an empty spot of the plane: a point of the chosen class is added there.
  await page.getByTestId('edit-class-1').click();
  const empty = await screenOf(page, [0.875, 0.625, 0.5]);
  await page.mouse.click(empty.x, empty.y);
  await expect.poll(async () => (await points(page)).length).toBe(26 * 3);
  const added = (await points(page)).slice(75, 78);
  expect(added[2]).toBeCloseTo(0.5, 4);
  expect(await page.evaluate(() => (window as any).__lab.store.getState().dataset.labels[25])).toBe(1);

  // Right-click deletes it; undo brings it back; redo deletes it again.
  await page.mouse.click(empty.x, empty.y, { button: 'right' });
  await expect.poll(async () => (await points(page)).length).toBe(25 * 3);
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await points(page)).length).toBe(26 * 3);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await points(page)).length).toBe(25 * 3);
  // Undo twice more: the drag and the add are undone, the generated points are back exactly.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => JSON.stringify(await points(page))).toBe(JSON.stringify(before));
  expect(errors).toEqual([]);
});

test('a link restores points, settings and camera, and the same run on the same backend', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js&lr=0.02&seed=3');
  await page.getByTestId('mode-edit').click();
  const p = await screenOf(page, [0.625, 0.375, 0.5]);
  await page.mouse.click(p.x, p.y);
  await expect.poll(async () => (await points(page)).length).toBe(26 * 3);
  // Orbit the camera a little so the link carries a non-default camera.
  const box = (await page.locator('.stage canvas').boundingBox())!;
  await page.getByTestId('mode-attack').click();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.75, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('cam=');
  for (let i = 0; i < 5; i++) await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('5');
  const url = page.url();
  const a = await page.evaluate(() => ({
    pts: Array.from((window as any).__lab.store.getState().dataset.points),
    cam: (window as any).__lab.store.getState().camera,
    loss: (window as any).__lab.live.stats.loss,
  }));

  const other = await context.newPage();
  const errors2 = watchErrors(other);
  await other.goto(url);
  await other.waitForFunction(
    () => (window as any).__lab?.live.boundary !== null && (window as any).__lab.store.getState().engineStatus === 'ready',
  );
  const b = await other.evaluate(() => ({
    pts: Array.from((window as any).__lab.store.getState().dataset.points) as number[],
    cam: (window as any).__lab.store.getState().camera,
    s: (window as any).__lab.store.getState().settings,
  }));
  expect(b.s.lr).toBe(0.02);
  expect(b.s.seed).toBe(3);
  expect(b.cam).toEqual(a.cam.map((v: number) => Number(v.toFixed(4))));
  b.pts.forEach((v, i) => expect(Math.abs(v - (a.pts[i] as number))).toBeLessThan(1e-4));
  for (let i = 0; i < 5; i++) await other.getByTestId('step').click();
  await expect(other.getByTestId('readout-epoch')).toHaveText('5');
  const loss = await other.evaluate(() => (window as any).__lab.live.stats.loss);
  expect(loss).toBeCloseTo(a.loss, 4);
  expect(errors).toEqual([]);
  expect(errors2).toEqual([]);
});

test('a malformed or outdated link opens a working scene with a notice', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?v=99&lr=abc&manifold=klein&pts=@@@&cam=1,2&hide=nonsense&count=1e99');
  await expect(page.getByTestId('notice-warning').first()).toBeVisible();
  const s = await page.evaluate(() => (window as any).__lab.store.getState());
  expect(s.settings.lr).toBe(0.01);
  expect(s.dataset.count).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('hide flags hide their controls', async ({ page }) => {
  await openApp(page, '?hide=lr,optimizer,charts,backend');
  await expect(page.locator('[data-setting=lr]')).toHaveCount(0);
  await expect(page.locator('[data-setting=optimizer]')).toHaveCount(0);
  await expect(page.getByTestId('backend-info')).toHaveCount(0);
  await expect(page.getByTestId('chart-loss')).toHaveCount(0);
  await expect(page.locator('[data-setting=weightDecay]')).toHaveCount(1);
});

test('PNG export downloads a non-blank image; a malformed CSV import changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByTestId('share-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000);

  const before = await points(page);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('x,y,z,label\n0,0,0.5,0\n0,oops,0.5,1\n') });
  await expect(page.getByTestId('notice-error')).toContainText('bad.csv');
  await expect(page.getByTestId('notice-error')).toContainText('current points were kept');
  expect(await points(page)).toEqual(before);

  await page.getByTestId('import-file').setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y,z,label\n0.1,0.1,0.5,0\n0.9,0.9,0.5,1\n0.5,0.2,0.5,1\n'),
  });
  await expect.poll(async () => (await points(page)).length).toBe(9);
  expect(errors).toEqual([]);
});
