import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// What a newcomer sees first in the image lab, at the smallest supported window: the digit it
// starts on is one the classifier gets right, tooltips give the image lab's defaults, the slice
// says it is computing, the seven-image row stays on one line, and blank charts say why.
for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`image lab first look at ${size.width}×${size.height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await openApp(page);
    await page.click('[data-testid=tab-image]');
    await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expect(page.locator('[data-testid=thumb-grid] button')).toHaveCount(60);

    // The pre-selected digit is the first correctly classified one, and the UI says so.
    const start = Number((await page.textContent('[data-testid=thumb-start-note]'))?.match(/test image (\d+)/)?.[1]);
    const selected = page.locator('.thumb-selected');
    await expect(selected).toHaveAttribute('data-testid', `thumb-${start}`);
    await expect(selected).not.toHaveClass(/thumb-wrong/);
    for (let i = 0; i < start; i++) await expect(page.locator(`[data-testid=thumb-${i}]`)).toHaveClass(/thumb-wrong/);

    // Tooltips state the image lab's defaults (the fields' starting values) and the toys' beside them.
    const eps = page.locator('label.image-param', { has: page.locator('#image-param-eps') });
    await expect(eps).toHaveAttribute('title', /Image lab default 2 \(toy scenes: 1\)/);
    await expect(page.locator('#image-param-eps')).toHaveValue('2');

    // Attack: a spinner holds the slice's place until it arrives.
    await page.click('[data-testid=image-attack-run]');
    await expect(page.locator('[data-testid=slice-computing]')).toBeVisible();
    await expect(page.locator('[data-testid=image-slice]')).not.toHaveAttribute('data-triangles', '0', { timeout: 30_000 });
    await expect(page.locator('[data-testid=slice-computing]')).toHaveCount(0);
    await expect(page.locator('[data-testid=image-attack-summary]')).toContainText(`on test digit ${start}`);

    // The seven images sit on one line, and the slice starts inside the window.
    const tops = await page.locator('[data-testid=seven-row] figure').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().top));
    expect(tops).toHaveLength(7);
    expect(new Set(tops.map(Math.round)).size).toBe(1);
    // ...and all seven fit without the sideways scroll (kept only for narrower windows).
    const row = await page.locator('[data-testid=seven-row]').evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(row[0]).toBeLessThanOrEqual(row[1]);
    const sliceTop = await page.locator('[data-testid=image-slice]').evaluate((e) => e.getBoundingClientRect().top);
    expect(sliceTop).toBeLessThan(size.height - 150);
    await page.screenshot({ path: `test-results/imagelab-first-look-${size.width}.png` });

    // Train mode before a run: every chart is blank and says why over its plot area.
    await page.click('[data-testid=image-mode-train]');
    for (const id of ['loss', 'accuracy', 'rho-grad', 'flip', 'ratios', 'rho-delta'])
      await expect(page.locator(`[data-testid=train-chart-${id}-empty]`)).toContainText('No run yet');
    await page.screenshot({ path: `test-results/imagelab-first-look-train-${size.width}.png` });
    expect(errors).toEqual([]);
  });
}

test('image training: attack charts without a pass say so, with the cadence; epoch axes tick whole epochs', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '?imgEpochs=1');
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.click('[data-testid=image-mode-train]');
  await page.click('[data-testid=train-start]');
  // After the init pass the loss chart has its point; the attack charts wait for epoch 1's plan.
  await expect(page.locator('[data-testid=train-chart-loss-empty]')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-testid=train-chart-ratios-empty]')).toContainText(
    /No attack-probe pass yet \(.*planned after epoch 1.*\); see the readout/,
  );
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  const attacked = await page.evaluate(() => (window as any).__lab.training.live.records.filter((r: any) => r.attack).length);
  for (const id of ['flip', 'ratios', 'rho-delta'])
    await expect(page.locator(`[data-testid=train-chart-${id}-empty]`)).toHaveCount(attacked > 0 ? 0 : 1);
  await page.locator('[data-testid=train-charts]').screenshot({ path: 'test-results/imagelab-train-charts-1440.png' });
  expect(errors).toEqual([]);
});
