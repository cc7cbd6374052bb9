import { expect, test, type Page } from '@playwright/test';
import { colourCounts, openApp, watchErrors } from './helpers';

const num = async (page: Page, id: string) => Number(await page.getByTestId(id).textContent());

test('claims on the 3-D toy: adversarial training side by side, then the paradox to completion', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane');
  await page.setViewportSize({ width: 1400, height: 2600 }); // whole sections on screen for the screenshots
  await page.getByTestId('tab-claims').click();
  await expect(page.getByTestId('claims-view')).toBeVisible();

  // A long run streams progress and stops on cancel; the engine keeps answering meanwhile.
  await page.getByTestId('advtrain-epochs').fill('5000');
  await page.getByTestId('advtrain-run').click();
  await expect(page.getByTestId('advtrain-stage')).toContainText(/standard · [1-9]\d*\/10000/, { timeout: 20_000 });
  expect(await page.evaluate(() => (window as any).__lab.engine().ping())).toBe(true);
  await page.getByTestId('advtrain-cancel').click();
  await expect(page.getByTestId('advtrain-stage')).toHaveText('cancelled', { timeout: 10_000 });
  await expect(page.getByTestId('advtrain-thumb-standard')).toHaveCount(0);

  // (a) Adversarial training, eps 0.1: both boundaries, the D_i comparison and C values.
  await page.getByTestId('advtrain-epochs').fill('250');
  await page.getByTestId('advtrain-run').click();
  await expect(page.getByTestId('advtrain-cancel')).toBeVisible();
  await expect(page.getByTestId('advtrain-stage')).toContainText(/standard|adversarial/, { timeout: 20_000 });
  await expect(page.getByTestId('advtrain-thumb-adversarial')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('advtrain-thumb-standard')).toBeVisible();
  await expect(page.getByTestId('dimple-compare')).toBeVisible();
  const dStd = await num(page, 'advtrain-d-standard');
  const dAdv = await num(page, 'advtrain-d-adversarial');
  expect(dAdv).toBeGreaterThan(dStd);
  for (const id of ['advtrain-c-standard', 'advtrain-c-adversarial']) expect(await num(page, id)).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('advtrain-verdict')).toContainText('median |D_i| rose');
  // Canvases mount one per task (panels/mountQueue.ts): wait until both are drawn.
  await expect.poll(async () => (await colourCounts(page, '.claims-thumbs')).filter((c) => c > 12).length, { timeout: 30_000 }).toBe(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('advtrain-export-csv-d_i').click()]);
  expect(download.suggestedFilename()).toBe('adversarial-training-dimples.csv');
  await page.getByTestId('claims-advtrain').screenshot({ path: 'test-results/claims-advtrain.png' });

  // (b) The paradox: N1, targeted PGD, N2 only on the mislabelled points, N2's clean accuracy.
  await page.getByTestId('paradox-run').click();
  await expect(page.getByTestId('paradox-n2-clean')).toContainText('%', { timeout: 90_000 });
  await expect(page.getByTestId('paradox-n2-clean')).toContainText('on 500 points');
  const own = Number((await page.getByTestId('paradox-n2-own').textContent())!.replace('%', ''));
  expect(own).toBeGreaterThan(90); // N2 fits its own (mislabelled) training set
  await expect(page.getByTestId('paradox-verdict')).toContainText('N2');
  await expect(page.getByTestId('paradox-canvas')).toBeVisible();
  await expect
    .poll(async () => (await colourCounts(page, '[data-testid=paradox-canvas]'))[0] ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(12);
  await page.getByTestId('claims-paradox').screenshot({ path: 'test-results/claims-paradox.png' });

  // (c) Gradient alignment on the plane in R^20, k = 2: the series with its k/n null.
  await page.getByTestId('align-n').fill('20');
  await page.getByTestId('align-epochs').fill('60');
  await page.getByTestId('align-run').click();
  await expect(page.getByTestId('align-chart')).toContainText('null k/n = 0.1000', { timeout: 60_000 });
  await expect(page.getByTestId('align-verdict')).toContainText('At epoch 60');
  await page.getByTestId('claims-align').screenshot({ path: 'test-results/claims-align.png' });
  expect(errors).toEqual([]);
});
