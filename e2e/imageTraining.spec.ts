import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// Image training in the browser: one MLP epoch of MNIST-14 and a few CNN steps, the metric
// charts gain points, the live slice draws two regions and a boundary, scrubbing changes it,
// the trained network runs Experiment A on 5 digits; a cancelled run and a bad import leave
// the lab working.

async function openTrain(page: Page, query = ''): Promise<void> {
  await openApp(page, query);
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.click('[data-testid=image-mode-train]');
  await expect(page.locator('[data-testid=train-sidebar]')).toBeVisible();
}

/** Pixels of the slice canvas as a data URL (to compare two drawings). */
const sliceImage = (page: Page) =>
  page.evaluate(() => (document.querySelector('[data-testid=train-slice-canvas]') as HTMLCanvasElement).toDataURL());

/** Counts of the two region colours and of near-black boundary pixels in the slice canvas. */
async function sliceColours(page: Page): Promise<{ own: number; other: number; dark: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid=train-slice-canvas]') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let own = 0,
      other = 0,
      dark = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      if (r + g + b < 90 && d[i + 3] > 200) dark++;
      else if (b > r + 30) own++;
      else if (r > b + 30 && g > b) other++;
    }
    return { own, other, dark };
  });
}

const points = async (page: Page, id: string) => Number(await page.getAttribute(`[data-testid=train-chart-box-${id}]`, 'data-points'));
const trainState = (page: Page) => page.getAttribute('[data-testid=train-status]', 'data-state');

test('image training: an MLP epoch with live metrics, slice, timeline, and Experiment A with the trained net', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTrain(page, '?imgEpochs=1&imgDigit=3');
  const t0 = Date.now();
  await page.click('[data-testid=train-start]');
  // The init pass gives the loss, accuracy and ρ_g charts their first point; init's attacks wait
  // for the first epoch, whose measured time sets how many digits fit in the metric budget.
  await expect.poll(() => points(page, 'loss'), { timeout: 30_000 }).toBe(1);
  expect(await points(page, 'ratios')).toBe(0);
  await expect(page.locator('[data-testid=train-cadence]')).toContainText('planned after epoch 1');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  const share = await page.getAttribute('[data-testid=train-metric-share]', 'data-share');
  const cadence = await page.textContent('[data-testid=train-cadence]');
  const parts = await page.evaluate(() => JSON.stringify((window as any).__lab.training.live.records.map((r: any) => r.passSeconds)));
  console.log(
    `MLP: init + 1 epoch of 8,000 images in ${((Date.now() - t0) / 1000).toFixed(1)} s on ${await page.textContent('[data-testid=train-backend]')}; ` +
      `metric share ${share}; ${cadence}; passes ${parts}; ${await page.textContent('[data-testid=train-share-parts]')}`,
  );
  for (const id of ['loss', 'accuracy', 'rho-grad']) expect(await points(page, id)).toBe(2);
  // The attack charts have exactly the epochs the cadence attacked, and say which it is.
  const attacked = await page.evaluate(() => (window as any).__lab.training.live.records.filter((r: any) => r.attack).length);
  for (const id of ['flip', 'ratios', 'rho-delta']) expect(await points(page, id)).toBe(attacked);
  expect(cadence).toMatch(/flip-norm attacks (on \d+ digits.*to keep metrics ≤ 25 % of training time|skipped)/);
  // Both nulls of ρ_g are shown and exported: k/n and the support-matched one.
  await expect(page.locator('[data-testid=train-readout-grad-null]')).toHaveText(/k\/n 0\.\d{3} · support 0\.\d{3}/);
  const download = page.waitForEvent('download');
  await page.click('[data-testid=train-export-csv]');
  const csv = await (await download).createReadStream().then(
    (st) =>
      new Promise<string>((res) => {
        let t = '';
        st.on('data', (c) => (t += c));
        st.on('end', () => res(t));
      }),
  );
  const [head, , row1] = csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  expect(Number(row1[head.indexOf('rho_g_null_support')])).toBeGreaterThan(0);
  expect(Number(row1[head.indexOf('null_kn')])).toBeCloseTo(16 / 196, 3);
  await expect(page.locator('[data-testid=train-epoch]')).toContainText('epoch 1 / 1');
  const acc = await page.evaluate(() => (window as any).__lab.training.live.records[1].testAccuracy);
  expect(acc).toBeGreaterThan(0.8);

  // The slice: both regions and the boundary curve are drawn.
  await expect(page.locator('[data-testid=train-slice-canvas]')).toHaveAttribute('data-epoch', '1');
  const c = await sliceColours(page);
  expect(c.own).toBeGreaterThan(2000);
  expect(c.other).toBeGreaterThan(2000);
  expect(c.dark).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/image-training-1440.png' });

  // Scrubbing to init redraws the slice with the initial network.
  const live = await sliceImage(page);
  await page.click('[data-testid=train-panel-0]');
  await expect(page.locator('[data-testid=train-slice-canvas]')).toHaveAttribute('data-epoch', '0');
  await expect(page.locator('[data-testid=train-timeline-label]')).toContainText('snapshot: epoch 0');
  expect(await sliceImage(page)).not.toBe(live);
  await page.click('[data-testid=train-timeline-live]');
  await expect(page.locator('[data-testid=train-slice-canvas]')).toHaveAttribute('data-epoch', '1');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/image-training-1280.png' });

  // The trained network goes into the lab and runs Experiments A+B on 5 digits.
  await page.click('[data-testid=train-use-ab]');
  await expect(page.locator('[data-testid=image-status]')).toContainText('trained MLP (seed 1, epoch 1)');
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '5', { timeout: 60_000 });
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid=ab-table]')).toContainText('r_on');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/image-training-ab.png' });
  expect(errors).toEqual([]);
});

test('image training: a few CNN steps, pause, cancel mid-run and a bad run file leave the lab working', async ({ page }) => {
  const errors = watchErrors(page);
  await openTrain(page, '?imgModel=cnn&imgEpochs=1');
  const t0 = Date.now();
  await page.click('[data-testid=train-start]');
  await expect.poll(() => points(page, 'loss'), { timeout: 60_000 }).toBe(1);
  await page.waitForFunction(() => (window as any).__lab.training.store.getState().progress.step >= 3, undefined, { timeout: 60_000 });
  await page.click('[data-testid=train-pause]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'paused', { timeout: 30_000 });
  const steps = await page.evaluate(() => (window as any).__lab.training.store.getState().progress.step);
  console.log(`CNN: init pass + ${steps} steps in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await expect(page.locator('[data-testid=train-slice-canvas]')).toHaveAttribute('data-epoch', '0');
  expect(await page.textContent('[data-testid=train-status]')).toContain('CNN');

  // Resume, then cancel mid-epoch with Reset: the run is gone and nothing is left half-done.
  await page.click('[data-testid=train-start]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'running');
  await page.click('[data-testid=train-reset]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await expect.poll(() => points(page, 'loss')).toBe(0); // the chart redraws on its next frame

  // A bad run file is refused with a message; nothing changes.
  await page.setInputFiles('[data-testid=train-run-file]', {
    name: 'run.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":"image-training-run","records":"no"}'),
  });
  await expect(page.locator('.notice').last()).toContainText('not an image-training run');
  expect(await trainState(page)).toBe('idle');

  // The lab still works: an attack on a digit with the shipped classifier.
  await page.click('[data-testid=image-mode-attack]');
  await page.click('[data-testid=thumb-4]');
  await expect(page.locator('[data-testid=seven-row]')).toHaveAttribute('data-flipped', 'true', { timeout: 30_000 });
  expect(errors).toEqual([]);
});
