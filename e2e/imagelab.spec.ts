import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { colourCounts, openApp, watchErrors } from './helpers';

// Open the image lab, the models load, pick a digit, PGD-L2 flips it and
// the seven-image row renders, the 3-D slice renders, Experiments A+B on 10 digits finish
// with a progress bar and a CSV download.

/** Distinct colours in the slice's WebGL canvas (a blank canvas has one). */
async function sliceColours(page: Page): Promise<number> {
  return (await colourCounts(page, '[data-testid=image-slice]'))[0] ?? 0;
}

test('image lab: load, attack a digit, seven-image row, 3-D slice, Experiments A+B with CSV', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('[data-testid=image-status]')).toContainText('test accuracy 97.6 %');
  await expect(page.locator('[data-testid=thumb-grid] button')).toHaveCount(60);

  // Pick a digit: PGD-L2 (the default) runs and the row shows a flipped prediction.
  await page.selectOption('[data-testid=image-attack-select]', 'pgdL2');
  await page.click('[data-testid=thumb-4]');
  const row = page.locator('[data-testid=seven-row]');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.locator('figure')).toHaveCount(7);
  await expect(row).toHaveAttribute('data-flipped', 'true');
  const before = await page.textContent('[data-testid=pred-x]');
  const after = await page.textContent('[data-testid=pred-adv]');
  expect(before?.split(' ')[0]).not.toBe(after?.split(' ')[0]);
  await expect(page.locator('[data-testid=image-attack-summary]')).toContainText('ρ_δ =');

  // The 3-D slice: a non-empty boundary mesh, drawn.
  await expect(page.locator('[data-testid=image-slice]')).not.toHaveAttribute('data-triangles', '0', { timeout: 30_000 });
  await page.waitForTimeout(500);
  expect(await sliceColours(page)).toBeGreaterThan(20);

  // Experiments A+B on 10 digits: progress bar, table, histogram, CSV.
  await page.fill('[data-testid=ab-count]', '10');
  await page.click('[data-testid=ab-run]');
  await expect(page.locator('[data-testid=ab-progress]')).toBeVisible();
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '10');
  await expect(page.locator('[data-testid=ab-table]')).toContainText('r_on');
  await expect(page.locator('[data-testid=ab-histogram]')).not.toHaveAttribute('data-count', '0');
  // ρ_δ is judged against its support-matched null, with k/n beside it (docs/science.md §4).
  await expect(page.locator('[data-testid=ab-histogram] figcaption')).toContainText(/support-matched null 0\.\d{3} \(green\)/);
  const verdict = page.locator('[data-testid=ab-verdict]');
  await expect(verdict).toContainText(
    /^ρ_δ = 0\.\d{3} vs its support-matched null 0\.\d{3} \(k\/n = 0\.082\); ρ_δ − null = [+−]0\.\d{3} ± 0\.\d{3}: /,
  );
  await expect(verdict).toHaveAttribute('title', /^Judged against the support-matched null \(docs\/science\.md §4\)/);
  const download = page.waitForEvent('download');
  await page.click('[data-testid=ab-csv]');
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toMatch(/^index,label,pred,skipped,rank/);
  expect(csv[0]).toContain('rhoDelta');
  expect(csv[0]).toContain('supportNullDelta,supportNullDeltaLo,supportNullDeltaHi,supportNullGrad');
  expect(csv).toHaveLength(11);

  await page.screenshot({ path: 'test-results/imagelab.png' });
  expect(errors).toEqual([]);
});

test('image lab: a missing model file is a clear error and the toys keep working', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route(/weights-[^/]*\.bin$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openApp(page);
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
  await expect(page.locator('[data-testid=image-status]')).toContainText(/could not load: model mnist14-mlp .*HTTP 404/);
  await page.click('[data-testid=tab-toys]');
  await page.click('[data-testid=play]');
  await page.waitForFunction(() => (window as any).__lab.live.stats?.epoch > 3, undefined, { timeout: 60_000 });
  expect(errors).toEqual([]);
});
