import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, watchErrors } from './helpers';
import { planeCsv } from './fuzzInputs';

const points = (page: Page) => page.evaluate(() => Array.from((window as any).__lab.store.getState().dataset.points) as number[]);
const ready = (page: Page) =>
  page.waitForFunction(
    () => {
      const lab = (window as any).__lab;
      return lab && lab.store.getState().engineStatus === 'ready' && lab.live.boundary !== null;
    },
    undefined,
    { timeout: 90_000 },
  );

test('2,000 imported points: the link opens after a reload, the server never sees the points', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?backend=js');
  await page.getByTestId('import-file').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(planeCsv(2000, 7)) });
  await expect.poll(async () => (await points(page)).length, { timeout: 60_000 }).toBe(6000);
  const before = await points(page);
  await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toContain('pts=');
  const url = new URL(page.url());
  expect(url.search.length).toBeLessThan(2000);
  expect(url.search).not.toContain('pts=');
  // What the browser sends (the fragment never leaves it) is answered, not refused with 431.
  const served = await page.request.get(`${url.origin}${url.pathname}${url.search}`);
  expect(served.status()).toBe(200);

  await page.reload();
  await ready(page);
  const after = await points(page);
  expect(after.length).toBe(6000);
  after.forEach((v, i) => expect(Math.abs(v - before[i])).toBeLessThan(1e-4));

  // The image tab keeps the points in the fragment, and coming back restores the same scene.
  await page.getByTestId('tab-image').click();
  expect(new URL(page.url()).hash).toMatch(/^#image&pts=/);
  await page.getByTestId('tab-toys').click();
  expect(new URL(page.url()).hash).toMatch(/^#pts=/);

  // Copying a link past ~8,000 characters says why and offers the scene file.
  await page.getByTestId('share-menu').click();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('notice-warning').filter({ hasText: 'characters long' })).toContainText('scene file');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(8000);
  expect(new URL(copied).search).not.toContain('pts=');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-save-scene').click()]);
  const file = readFileSync((await download.path())!);
  expect(download.suggestedFilename()).toBe('scene.dmlab.json');

  // Loading that scene file navigates to a link that opens as well.
  await page.goto('/?backend=js');
  await ready(page);
  await page.getByTestId('share-menu').click();
  await page.getByTestId('scene-file').setInputFiles({ name: 'scene.dmlab.json', mimeType: 'application/json', buffer: file });
  await page.waitForURL(/#pts=/);
  await ready(page);
  expect((await points(page)).length).toBe(6000);
  expect(new URL(page.url()).search.length).toBeLessThan(2000);

  // Reset scene forgets the points in the fragment as well.
  await page.getByTestId('share-menu').click();
  await Promise.all([page.waitForEvent('load'), page.getByTestId('reset-scene').click()]);
  await ready(page);
  expect((await points(page)).length).toBe(75);
  expect(new URL(page.url()).hash).toBe('');
  expect(errors).toEqual([]);
});

test('a short scene keeps its points in the query and the view in the fragment', async ({ page }) => {
  await openApp(page, '?backend=js');
  await page.getByTestId('import-file').setInputFiles({ name: 'few.csv', mimeType: 'text/csv', buffer: Buffer.from(planeCsv(10, 3)) });
  await expect.poll(async () => (await points(page)).length).toBe(30);
  await expect.poll(() => new URL(page.url()).search).toContain('pts=');
  await page.getByTestId('tab-claims').click();
  expect(new URL(page.url()).hash).toBe('#claims');
  await page.reload();
  await expect(page.getByTestId('tab-claims')).toHaveAttribute('aria-selected', 'true');
});
