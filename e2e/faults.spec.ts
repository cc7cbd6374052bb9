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
    return {
      epoch: lab.live.weights.epoch,
      w: Array.from(lab.live.weights.weights.layers[1].W.slice(0, 20)),
      points: Array.from(lab.store.getState().dataset.points),
    };
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

test('a scene file whose weights are finite but huge: a clear notice, no NaN geometry', async ({ page }) => {
  const errors = watchErrors(page);
  const nan: string[] = [];
  page.on('console', (m) => /NaN/.test(m.text()) && nan.push(m.text()));
  await openApp(page, '?preset=paper-plane&backend=js');
  // The paper's 3-400-1 ReLU net with W1 = ±3e38: float32 holds it, but the logit overflows.
  const hidden = 400;
  const layers: { inDim: number; outDim: number; W: number[]; b: number[] }[] = [
    {
      inDim: 3,
      outDim: hidden,
      W: Array.from({ length: 3 * hidden }, (_, i) => (i % 2 ? 3e38 : -3e38)),
      b: Array.from({ length: hidden }, (_, j) => (j % 3) - 1),
    },
    { inDim: hidden, outDim: 1, W: Array.from({ length: hidden }, (_, j) => (j % 2 ? 1 : -1)), b: [0] },
  ];
  const query = await page.evaluate(() => window.location.search.slice(1));
  const file = JSON.stringify({ app: 'dimpled-manifold-lab', version: 1, query, epoch: 7, weights: { activation: 'relu', layers } });
  await page.getByTestId('share-menu').click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByTestId('scene-file').setInputFiles({ name: 'huge.dmlab.json', mimeType: 'application/json', buffer: Buffer.from(file) }),
  ]);
  await page.waitForFunction(
    () => (window as any).__lab?.store.getState().engineStatus === 'ready' && (window as any).__lab.live.boundary,
    undefined,
    { timeout: 90_000 },
  );
  await expect(
    page.getByTestId('notice-warning').filter({ hasText: "The loaded network's output overflows float32 at 25 of 25 training points" }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('notice-error')).toHaveCount(0); // not "training diverged"
  const b = await page.evaluate(() => {
    const bd = (window as any).__lab.live.boundary.boundary;
    return Array.from(bd.positions ?? bd.segments).every((v) => Number.isFinite(v as number));
  });
  expect(b).toBe(true);
  await page.waitForTimeout(1000);
  expect(nan).toEqual([]);
  expect(errors).toEqual([]);

  // Past float32 (1e39): refused at import, naming the field.
  layers[0].W[4] = 1e39;
  await page.getByTestId('share-menu').click();
  await page.getByTestId('scene-file').setInputFiles({
    name: 'over.dmlab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'dimpled-manifold-lab', version: 1, query, weights: { activation: 'relu', layers } })),
  });
  await expect(page.getByTestId('notice-error')).toContainText('weights.layers[0].W[4] = 1e+39');
});

test('S, Space, Space, R fired fast: after the reset nothing of the old run is shown', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane&backend=js&speed=50');
  for (let round = 0; round < 6; round++) {
    // The keys as the keyboard handler sees them, back to back (round 0) or with the run going
    // a little longer before R; then every frame for 1.5 s: does anything of an epoch > 0 show?
    const seen = await page.evaluate(async (wait) => {
      const lab = (window as any).__lab;
      const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      key('s');
      key(' ');
      await new Promise((r) => setTimeout(r, wait));
      key(' ');
      key('r');
      const stale: string[] = [];
      const t0 = performance.now();
      while (performance.now() - t0 < 1500) {
        const curve = lab.live.curve.epoch as number[];
        const clinging = lab.live.clinging.epoch as number[];
        const epoch = lab.live.stats?.epoch ?? 0;
        if (epoch > 0 || curve.some((e) => e > 0) || clinging.some((e) => e > 0))
          stale.push(`stats ${epoch}, curve ${curve.at(-1)}, C ${clinging.at(-1)}`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      return {
        stale: stale.slice(0, 3),
        timeline: (lab.store.getState().timeline as { epoch: number }[]).map((e) => e.epoch),
        run: lab.store.getState().runState,
      };
    }, 120 * round);
    expect(seen, `round ${round}`).toEqual({ stale: [], timeline: [0], run: 'paused' });
    await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  }
  expect(errors).toEqual([]);
});
