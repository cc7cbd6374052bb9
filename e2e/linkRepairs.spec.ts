import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// A link with several faults: one notice names every repaired field, with what was given and what is used.

const BAD = '?preset=nonsense&lr=-5&hidden=abc,,3&seed=1.5&cam=foo&pts=garbage&backend=quantum';

test('a link with seven faults names all seven in one notice', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, BAD);
  const notice = page.getByTestId('notice-warning').filter({ hasText: 'This link was repaired in 7 places' });
  await expect(notice).toBeVisible();
  for (const words of [
    'Scene "nonsense" is not one of the app\'s scenes',
    'Learning rate -5 is below the smallest allowed, 0.000001; 0.000001 is used.',
    'Hidden layers "abc,,3" is not a list of layer widths like 16,16',
    'Seed 1.5 is not a whole number; rounded to 2.',
    'Camera "foo" is not 7 numbers',
    'The edited points could not be restored',
    'Backend "quantum" is not one of',
  ])
    await expect(notice).toContainText(words);
  await page.screenshot({ path: 'test-results/link-repaired-1440.png' });

  // The repaired scene is not the preset's run (seed 2, lr 1e-6): the menu and its facts say so.
  await expect(page.locator('[data-testid=preset] option:checked')).toHaveText('Custom (Paper 3-D)');
  await expect(page.getByTestId('preset-differs')).toContainText(
    'your settings differ in seed 2 (preset 1), learning rate 0.000001 (preset 0.01). What follows was measured for the preset',
  );
  // Picking the preset again starts from its measured settings, seed included.
  await page.getByTestId('preset').selectOption('paper-plane');
  await expect(page.getByTestId('preset')).toHaveValue('paper-plane');
  await expect(page.getByTestId('preset-differs')).toHaveCount(0);
  const s = await page.evaluate(() => (window as any).__lab.store.getState().settings);
  expect([s.seed, s.lr]).toEqual([1, 0.01]);
  expect(errors).toEqual([]);
});

test('points in the fragment of an address without a query are read, and their fault is named', async ({ page }) => {
  const errors = watchErrors(page);
  // A visit first, so a scene is remembered: the fragment's points must not be swapped for it.
  await openApp(page, '?seed=3');
  await page.goto('/#pts=AAAAgarbage!!');
  await page.waitForFunction(() => (window as any).__lab?.store.getState().engineStatus === 'ready', undefined, { timeout: 90_000 });
  await expect(page.getByTestId('notice-warning')).toContainText(
    'The edited points could not be restored: the points in the link are not readable',
  );
  expect(errors).toEqual([]);
});
