import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// Every backend this browser offers trains a few steps correctly; WebGPU here is a software
// fallback adapter (slow but functional), which proves the WebGPU path works end to end.
for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu', 'js'] as const) {
  test(`backend ${backend} trains a few steps`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, `?backend=${backend}`);
    const active = await page.getByTestId('backend-active').textContent();
    const available = await page.evaluate(() => (window as any).__lab.store.getState().backend.available);
    if (available[backend] === false) {
      // Not offered by this browser: the app must say so and fall back.
      await expect(page.getByTestId('notice-warning')).toContainText(`${backend} backend is not available`);
      test.skip(true, `${backend} not available in this browser`);
    }
    expect(active).toBe(backend);
    const loss0 = await page.evaluate(() => (window as any).__lab.live.stats.loss as number);
    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('step').click();
      await expect(page.getByTestId('readout-epoch')).toHaveText(String(i), { timeout: 60_000 });
    }
    const s = await page.evaluate(() => (window as any).__lab.live.stats);
    expect(Number.isFinite(s.loss)).toBe(true);
    expect(s.loss).not.toBe(loss0);
    expect(s.epoch).toBe(3);
    expect(errors).toEqual([]);
  });
}

test('auto backend says what it chose and why', async ({ page }) => {
  await openApp(page);
  const info = await page.evaluate(() => (window as any).__lab.store.getState().backend);
  expect(['webgpu', 'webgl', 'wasm', 'cpu', 'js']).toContain(info.active);
  await expect(page.getByTestId('backend-info')).toContainText(info.active);
  await expect(page.getByTestId('backend-info')).toContainText('fastest measured');
});
