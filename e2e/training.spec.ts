import { expect, test } from '@playwright/test';
import { canvasColourCount, openApp, trainUntilStopped, watchErrors } from './helpers';

test('paper 3-D checkerboard: trains to 100 %, draws the boundary, clings, and the timeline scrubs', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane');
  await expect(page.getByTestId('preset')).toHaveValue('paper-plane');
  expect(await canvasColourCount(page)).toBeGreaterThan(20);

  expect(await trainUntilStopped(page)).toBe('converged');
  // A stopped run shows no speed (nothing trains), and it stays so.
  await expect(page.locator('[data-testid=readout-rate]')).toHaveText('–');
  await expect(page.getByTestId('readout-accuracy')).toHaveText('100.0 %');

  // The boundary mesh exists and the canvas shows it.
  const mesh = await page.evaluate(() => {
    const b = (window as any).__lab.live.boundary;
    return { dim: b.boundary.dim, triangles: b.boundary.indices.length / 3, res: b.res };
  });
  expect(mesh.dim).toBe(3);
  expect(mesh.triangles).toBeGreaterThan(500);
  await page.waitForTimeout(300);
  expect(await canvasColourCount(page)).toBeGreaterThan(60);
  await page.screenshot({ path: 'test-results/paper-plane-converged.png' });

  // The clinging chart falls: C at the end is well below its largest early value.
  const c = await page.evaluate(() => (window as any).__lab.live.clinging.value as number[]);
  expect(c.length).toBeGreaterThan(3);
  expect(Math.max(...c.slice(0, Math.ceil(c.length / 2)))).toBeGreaterThan(c[c.length - 1] + 0.1);

  // Scrubbing to epoch 10 shows a different, earlier boundary.
  const live = await page.evaluate(() => Array.from((window as any).__lab.live.boundary.boundary.positions.slice(0, 300)) as number[]);
  await page.getByTestId('timeline-epoch-10').click();
  await page.waitForFunction(() => {
    const b = (window as any).__lab.live.boundary;
    return b.source === 'timeline' && b.epoch === 10;
  });
  await expect(page.getByTestId('timeline-label')).toContainText('epoch 10');
  const early = await page.evaluate(() => Array.from((window as any).__lab.live.boundary.boundary.positions.slice(0, 300)) as number[]);
  expect(early).not.toEqual(live);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline-label')).toContainText('epoch 15');
  await page.getByTestId('timeline-live').click();
  await expect(page.getByTestId('timeline-label')).toContainText('live');
  expect(errors).toEqual([]);
});

test('paper 2-D line: heat map and boundary curve', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-line&speed=1000000');
  expect(await trainUntilStopped(page)).toBe('converged');
  const b = await page.evaluate(() => {
    const e = (window as any).__lab.live.boundary;
    return { dim: e.boundary.dim, segments: e.boundary.segments.length / 4, res: e.boundary.res };
  });
  expect(b.dim).toBe(2);
  expect(b.segments).toBeGreaterThan(10);
  await page.waitForTimeout(300);
  expect(await canvasColourCount(page)).toBeGreaterThan(40);
  await page.screenshot({ path: 'test-results/paper-line-converged.png' });
  expect(errors).toEqual([]);
});

test('divergence pauses, explains, and restores the last good checkpoint', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=custom&optimizer=sgd&lr=10&initScale=10');
  expect(await trainUntilStopped(page, 30_000)).toBe('diverged');
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('diverged');
  await expect(notice).toContainText('learning rate');
  await page.getByTestId('restore-checkpoint').click();
  await expect(page.getByTestId('run-state')).toHaveText('paused');
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('help overlay and keyboard shortcuts', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toBeHidden();
  await page.keyboard.press('s');
  await expect(page.getByTestId('readout-epoch')).toHaveText('1');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('run-state')).toHaveText(/running|converged/);
  await page.keyboard.press(' ');
  expect(errors).toEqual([]);
});
