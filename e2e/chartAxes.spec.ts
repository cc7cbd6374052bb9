import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// Every uPlot chart sizes its y axis to the widest tick label (ui/usePlot.ts fitVerticalAxes):
// no label may run off the canvas's left edge, as the Claims D_i chart's "−0.4732" did (".732").

/** For each chart canvas under `selector`: how many pixels of its first column are ink (darker than light grey). */
async function inkAtLeftEdge(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)].map((c) => {
      const g = c.getContext('2d')!;
      const px = g.getImageData(0, 0, 1, c.height).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 40 && px[i] + px[i + 1] + px[i + 2] < 3 * 170) ink++;
      return ink;
    });
  }, selector);
}

test('chart axes: y tick labels fit inside the canvas (Claims D_i comparison, toy charts)', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId('tab-claims').click();
  await page.getByTestId('advtrain-epochs').fill('60');
  await page.getByTestId('advtrain-run').click();
  await expect(page.getByTestId('dimple-compare')).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('[data-testid=dimple-compare] canvas')).toHaveCount(1);
  const ink = await inkAtLeftEdge(page, '[data-testid=dimple-compare]');
  console.log(`D_i chart: ink pixels in the canvas's first column: ${ink.join(', ')}`);
  expect(ink).toEqual([0]);
  await page.getByTestId('dimple-compare').screenshot({ path: 'test-results/chart-axes-dimples.png' });

  // The same chart on MNIST-14 (L2 distances to the boundary: top labels such as 1.7321).
  await page.getByTestId('advtrain-data').selectOption('mnist14');
  for (const [id, v] of [
    ['advtrain-images-trainCount', '512'],
    ['advtrain-images-testCount', '200'],
    ['advtrain-images-epochs', '1'],
    ['advtrain-images-evalCount', '6'],
  ]) {
    await page.getByTestId(id).fill(v);
    await page.getByTestId(id).press('Enter');
  }
  await page.getByTestId('advtrainImages-run').click();
  await expect(page.getByTestId('advtrain-images-table')).toBeVisible({ timeout: 120_000 });
  const images = page.getByTestId('claims-advtrain').getByTestId('dimple-compare');
  await expect(images.locator('canvas')).toHaveCount(1);
  const inkImages = await inkAtLeftEdge(page, '[data-testid=claims-advtrain] [data-testid=dimple-compare]');
  console.log(`MNIST-14 distance chart: ink pixels in the canvas's first column: ${inkImages.join(', ')}`);
  await images.screenshot({ path: 'test-results/chart-axes-images.png' });
  expect(inkImages).toEqual([0]);

  // The toys' live charts (loss spans decades: long labels) after a short run.
  await page.getByTestId('tab-toys').click();
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => (window as any).__lab.live.version), { timeout: 30_000 }).toBeGreaterThan(0);
  const toys = await inkAtLeftEdge(page, '.chart');
  console.log(`toy charts: ink pixels in each canvas's first column: ${toys.join(', ')}`);
  expect(toys.length).toBeGreaterThan(0);
  expect(toys.every((n) => n === 0)).toBe(true);
  expect(errors).toEqual([]);
});
