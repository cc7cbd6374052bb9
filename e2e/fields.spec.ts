import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// A field that repairs or rejects a typed value says so beside itself, in every tab.

test('toys: settings and attack parameters say what they repaired or rejected', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js');
  const lr = page.locator('[data-setting=lr] input');
  await lr.fill('abc');
  await lr.press('Enter');
  await expect(page.getByTestId('setting-note-lr')).toHaveText('Learning rate "abc" is not a number; it stays 0.01.');
  expect(await page.evaluate(() => (window as any).__lab.store.getState().settings.lr)).toBe(0.01);
  const seed = page.locator('[data-setting=seed] input');
  await seed.fill('1.5');
  await seed.press('Enter');
  await expect(page.getByTestId('setting-note-seed')).toHaveText('Seed 1.5 is not a whole number; rounded to 2.');
  expect(await page.evaluate(() => (window as any).__lab.store.getState().settings.seed)).toBe(2);

  await page.getByTestId('attack-select').selectOption('pgdL2');
  await page.getByTestId('attack-params').locator('summary').click();
  const eps = page.getByTestId('attack-param-eps');
  await eps.fill('-3');
  await eps.press('Enter');
  await expect(page.getByTestId('attack-param-eps-note')).toHaveText(
    'Budget eps -3 is below the smallest allowed value, 0: it was set to 0.',
  );
  await eps.fill('zz');
  await eps.press('Enter');
  await expect(page.getByTestId('attack-param-eps-note')).toHaveText('"zz" is not a number. Budget eps stays 0.');
  expect(errors).toEqual([]);
});

test('Experiments A/B: N = "abc" is rejected by the field, N = 2.5 is rounded, and the run uses what the field says', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const before = await page.inputValue('[data-testid=ab-count]');
  await page.fill('[data-testid=ab-count]', 'abc');
  await page.press('[data-testid=ab-count]', 'Enter');
  await expect(page.getByTestId('ab-count-note')).toHaveText(`"abc" is not a number. N stays ${before}.`);
  await expect(page.locator('[data-testid=ab-count]')).toHaveValue(before);
  await page.fill('[data-testid=ab-count]', '2.5');
  await page.click('[data-testid=ab-run]');
  await expect(page.getByTestId('ab-count-note')).toHaveText('N must be a whole number: 2.5 was rounded to 3.');
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '3');
  expect(errors).toEqual([]);
});

test('Claims: ε = −5 is not quietly replaced: the field says it was set to 0.001', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane');
  await page.getByTestId('tab-claims').click();
  await page.getByTestId('paradox-eps').fill('-5');
  await page.getByTestId('paradox-eps').press('Enter');
  await expect(page.getByTestId('paradox-eps-note')).toHaveText('ε -5 is below the smallest allowed value, 0.001: it was set to 0.001.');
  await expect(page.getByTestId('paradox-eps')).toHaveValue('0.001');
  await page.getByTestId('advtrain-epochs').fill('1e999');
  await page.getByTestId('advtrain-epochs').blur();
  await expect(page.getByTestId('advtrain-epochs-note')).toContainText('must be a finite number');
  expect(errors).toEqual([]);
});
