import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// The image lab at the paper's resolution: MNIST 28x28 (n = 784, gzipped data, its own MLP and
// autoencoders) loads from the data-set list, a digit is attacked, and Experiments A+B run on
// 5 digits with the support-matched null beside k/n.

test('image lab: MNIST 28x28 loads, attacks a digit and runs Experiments A+B on 5 digits', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.click('[data-testid=tab-image]');
  const status = page.locator('[data-testid=image-status]');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.selectOption('[data-testid=image-dataset]', 'mnist28');
  await expect(status).toContainText('mnist28-mlp', { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-state', 'ready');
  await expect(status).toContainText('n = 784, k = 16');
  await expect(page.locator('[data-testid=draw-canvas]')).toHaveAttribute('width', '28');

  await page.selectOption('[data-testid=image-attack-select]', 'pgdL2');
  await page.click('[data-testid=thumb-4]');
  const row = page.locator('[data-testid=seven-row]');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.locator('figure')).toHaveCount(7);
  await expect(row).toHaveAttribute('data-flipped', 'true');
  await expect(page.locator('[data-testid=image-attack-summary]')).toContainText('ρ_δ =');
  await expect(page.locator('[data-testid=image-support-null]')).toContainText(/support-matched null 0\.\d{3} \(95 % .* of 784 pixels\)/);

  await page.fill('[data-testid=ab-count]', '5');
  await page.click('[data-testid=ab-run]');
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '5');
  const table = page.locator('[data-testid=ab-table]');
  await expect(table).toContainText('support-matched null of ρ_δ');
  await expect(table).toContainText('of n = 784');
  await page.screenshot({ path: 'test-results/imagelab28.png' });
  expect(errors).toEqual([]);
});
