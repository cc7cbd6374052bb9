import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/** Type a value into a claims field and commit it (the fields commit on Enter or blur). */
async function setField(page: Page, id: string, value: string): Promise<void> {
  const field = page.getByTestId(id);
  await field.fill(value);
  await field.press('Enter');
}

/** The `done` of the stage line "stage · done/total". */
async function doneOf(page: Page, id: string): Promise<number> {
  const m = /(\d+)\/(\d+)\s*$/.exec((await page.getByTestId(id).textContent()) ?? '');
  return m ? Number(m[1]) : -1;
}

test('claims on MNIST: the paradox shows its estimate, advances and cancels; a tiny adversarial training finishes', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.getByTestId('tab-claims').click();
  await expect(page.getByTestId('claims-view')).toBeVisible();

  // The paradox on MNIST-14: a run long enough to cancel (40 N2 epochs on 400 images).
  await page.getByTestId('paradox-data').selectOption('mnist14');
  await setField(page, 'paradox-images-trainCount', '400');
  await setField(page, 'paradox-images-testCount', '200');
  await setField(page, 'paradox-images-n2Epochs', '40');
  await page.getByTestId('paradox-images-targets').selectOption('next');
  // The time estimate is there before the run starts, and says it is an estimate.
  await expect(page.getByTestId('paradoxImages-estimate')).toContainText(/Estimated time: about \d+ (s|min)/, { timeout: 60_000 });
  await expect(page.getByTestId('paradoxImages-estimate')).toContainText('estimate from per-step costs');
  await page.getByTestId('paradoxImages-run').click();
  await expect(page.getByTestId('paradoxImages-stage')).toContainText('targeted PGD toward the wrong class', { timeout: 60_000 });
  const first = await doneOf(page, 'paradoxImages-stage');
  await expect.poll(() => doneOf(page, 'paradoxImages-stage'), { timeout: 60_000 }).toBeGreaterThan(first);
  await expect(page.getByTestId('paradoxImages-stage')).toContainText('training N2', { timeout: 90_000 });
  const share = Number(await page.getByTestId('paradoxImages-progress').getAttribute('aria-valuenow'));
  expect(share).toBeGreaterThan(0);
  await page.getByTestId('paradoxImages-cancel').click();
  await expect(page.getByTestId('paradoxImages-stage')).toHaveText('cancelled', { timeout: 15_000 });
  await expect(page.getByTestId('paradox-images-table')).toHaveCount(0);
  // The tab still works: the engine answers and the data choice is free again.
  expect(await page.evaluate(() => (window as any).__lab.engine().ping())).toBe(true);
  await expect(page.getByTestId('paradox-data')).toBeEnabled();

  // A tiny adversarial training on MNIST-14 to completion: 512 images, 1 epoch, 6 evaluation images.
  await page.getByTestId('advtrain-data').selectOption('mnist14');
  await setField(page, 'advtrain-images-trainCount', '512');
  await setField(page, 'advtrain-images-testCount', '200');
  await setField(page, 'advtrain-images-epochs', '1');
  await setField(page, 'advtrain-images-evalCount', '6');
  await expect(page.getByTestId('advtrainImages-estimate')).toContainText('Estimated time', { timeout: 60_000 });
  await page.getByTestId('advtrainImages-run').click();
  await expect(page.getByTestId('advtrain-images-table')).toBeVisible({ timeout: 120_000 });
  const rows = page.getByTestId('advtrain-images-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('standard');
  await expect(rows.nth(1)).toContainText('adversarial');
  const acc = Number(await rows.nth(0).locator('td').nth(1).textContent());
  expect(acc).toBeGreaterThan(0.3);
  // Some evaluation image was classified correctly, so a boundary distance was measured.
  expect(Number(await rows.nth(0).locator('td').nth(3).textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('advtrain-images-verdict')).toContainText('Measured on 6 mnist14 test images');
  await expect(page.getByTestId('advtrain-images-verdict')).toContainText('support-matched null');
  await expect(page.getByTestId('dimple-compare')).toBeVisible();
  await expect(page.getByTestId('advtrainImages-estimate')).toContainText('the last run took');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('advtrain-images-export-csv-summary').click()]);
  expect(download.suggestedFilename()).toBe('adversarial-training-mnist14.csv');
  await page.getByTestId('claims-advtrain').screenshot({ path: 'test-results/claims-images-advtrain.png' });

  // Back to the toy: its controls are there again.
  await page.getByTestId('advtrain-data').selectOption('toy');
  await expect(page.getByTestId('advtrain-eps')).toBeVisible();
  expect(errors).toEqual([]);
});
