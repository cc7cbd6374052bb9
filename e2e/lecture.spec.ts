import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const STEPS = 7;

test('lecture mode: walked end to end with the keyboard, presenter view, shortcuts, Esc exits', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.keyboard.press('l');
  const panel = page.getByTestId('lecture-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step 1 / ${STEPS}`);
  await expect(page.locator('.settings-panel')).toHaveCount(0);

  // → through every step: each sets up its scene and shows its own text with a critique.
  const titles = [await page.getByTestId('lecture-title').textContent()];
  for (let i = 2; i <= STEPS; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('lecture-count')).toHaveText(`Step ${i} / ${STEPS}`);
    titles.push(await page.getByTestId('lecture-title').textContent());
    await expect(panel).toContainText('The main critique');
    await expect(panel).toContainText('What the app measures');
    if (i === 2) await expect(page.getByTestId('preset')).toHaveValue('paper-plane');
    if (i === 2) await expect(page.getByTestId('epoch-panels')).toBeVisible();
  }
  expect(new Set(titles).size).toBe(STEPS);
  await expect(page.getByTestId('preset')).toHaveValue('paper-plane');
  await expect(page.getByTestId('ablation')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // stays on the last step
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step ${STEPS} / ${STEPS}`);

  // ← goes back, and in lecture mode does not scrub the timeline.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step ${STEPS - 1} / ${STEPS}`);
  expect(await page.evaluate(() => (window as any).__lab.store.getState().viewingEpoch)).toBeNull();
  await page.getByTestId('lecture-prev').click();
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step ${STEPS - 2} / ${STEPS}`);

  // Presenter view: large, high-contrast text; toggles with F and with its button.
  await page.keyboard.press('f');
  await expect(page.locator('.app')).toHaveClass(/presenter/);
  const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/lecture-presenter.png' });

  // The lab's shortcuts work in lecture mode: R resets, Space plays and pauses, S steps, ? opens help.
  // (Paused first: a reset while running can briefly show the old run's last epoch; see report.)
  if ((await page.getByTestId('run-state').textContent()) === 'running') await page.keyboard.press(' ');
  await expect(page.getByTestId('run-state')).not.toHaveText('running');
  await page.keyboard.press('r');
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('run-state')).toHaveText('running');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('run-state')).not.toHaveText('running');
  const epoch = await page.evaluate(() => (window as any).__lab.live.stats.epoch as number);
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => (window as any).__lab.live.stats.epoch as number)).toBeGreaterThan(epoch);
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await expect(page.getByTestId('help-overlay')).toContainText('presenter view');
  await page.keyboard.press('Escape'); // closes the help, not the lecture
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);
  await expect(panel).toBeVisible();

  await page.getByTestId('lecture-presenter').click();
  await expect(page.locator('.app')).not.toHaveClass(/presenter/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.settings-panel')).toBeVisible();
  // Outside the lecture, arrows step the timeline again.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => (window as any).__lab.store.getState().viewingEpoch)).not.toBeNull();
  expect(errors).toEqual([]);
});

test('lecture mode: the button and the on-screen navigation', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByTestId('lecture-toggle').click();
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step 1 / ${STEPS}`);
  await expect(page.getByTestId('lecture-prev')).toBeDisabled();
  await page.getByTestId('lecture-next').click();
  await expect(page.getByTestId('lecture-count')).toHaveText(`Step 2 / ${STEPS}`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/lecture-step2.png' });
  await page.getByTestId('lecture-exit').click();
  await expect(page.getByTestId('lecture-panel')).toHaveCount(0);
  expect(errors).toEqual([]);
});
