import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('killing the worker mid-training restarts the engine with the same points and weights', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?speed=1');
  await page.getByTestId('play').click();
  await page.waitForFunction(() => (window as any).__lab.live.stats.epoch >= 20);
  await page.getByTestId('play').click(); // pause
  await expect(page.getByTestId('run-state')).toHaveText('paused');
  // The paused run sends its final weights after the state change: wait for them.
  await page.waitForFunction(() => {
    const live = (window as any).__lab.live;
    return live.weights && live.stats && live.weights.epoch === live.stats.epoch;
  });
  const before = await page.evaluate(() => {
    const lab = (window as any).__lab;
    return { epoch: lab.live.weights.epoch, w: Array.from(lab.live.weights.weights.layers[1].W.slice(0, 20)), points: Array.from(lab.store.getState().dataset.points) };
  });
  await page.evaluate(() => (window as any).__lab.controls.killWorker());
  await expect(page.getByTestId('notice-warning')).toContainText('restarted', { timeout: 60_000 });
  await expect(page.getByTestId('readout-epoch')).toHaveText(String(before.epoch));
  const after = await page.evaluate(() => {
    const lab = (window as any).__lab;
    return { w: Array.from(lab.live.weights.weights.layers[1].W.slice(0, 20)), points: Array.from(lab.store.getState().dataset.points) };
  });
  expect(after.points).toEqual(before.points);
  expect(after.w).toEqual(before.w);
  // Training goes on from there.
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText(String(before.epoch + 1));
  expect(errors).toEqual([]);
});

test('a lost WebGPU device falls back visibly to a CPU backend', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=webgpu');
  const available = await page.evaluate(() => (window as any).__lab.store.getState().backend.active);
  test.skip(available !== 'webgpu', 'WebGPU is not available in this browser');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('1', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as any).__lab.controls.loseGpuDevice())).toBe(true);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('notice-warning')).toContainText('instead of webgpu', { timeout: 60_000 });
  await expect(page.getByTestId('backend-active')).not.toHaveText('webgpu');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText(/^[12]$/);
  expect(errors).toEqual([]);
});
