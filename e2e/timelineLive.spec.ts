import { expect, test, type Page } from '@playwright/test';
import { openApp, trainUntilStopped, watchErrors } from './helpers';

/** What every view that follows the timeline shows: dimple bars, their caption, the readout, the boundary. */
async function onView(page: Page) {
  return page.evaluate(() => {
    const bars = document.querySelector('[data-testid=dimple-chart]') as HTMLElement;
    const text = (id: string) => document.querySelector(`[data-testid=${id}]`)?.textContent ?? '';
    const b = (window as any).__lab.live.boundary;
    return {
      depths: bars.dataset.depths ?? '',
      depthsEpoch: bars.dataset.epoch ?? '',
      capped: text('dimple-capped-note'),
      epoch: text('readout-epoch'),
      clinging: text('readout-clinging'),
      accuracy: text('readout-accuracy'),
      boundary: `${b.source} ${b.epoch}`,
    };
  });
}

const settled = (page: Page, source: 'live' | 'timeline', epoch: number) =>
  page.waitForFunction(
    ([s, e]) => {
      const bars = document.querySelector('[data-testid=dimple-chart]') as HTMLElement;
      const b = (window as any).__lab.live.boundary;
      return bars.dataset.source === s && bars.dataset.epoch === String(e) && b.source === s && b.epoch === e;
    },
    [source, epoch] as const,
  );

test('scrub → live: every view that followed the scrubbed epoch shows the live run again, unchanged', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane&speed=1000000');
  expect(await trainUntilStopped(page)).toBe('converged');
  const stopEpoch = await page.evaluate(() => (window as any).__lab.live.stats.epoch as number);
  await settled(page, 'live', stopEpoch);
  const before = await onView(page);
  expect(before.depths.split(',').length).toBe(25);

  // Scrubbed to init, the bars, caption and readout show epoch 0.
  await page.getByTestId('timeline-epoch-0').click();
  await settled(page, 'timeline', 0);
  const init = await onView(page);
  expect(init.depths).not.toBe(before.depths);
  expect(init.epoch).toBe('0 (snapshot)');
  await expect(page.getByTestId('dimple-snapshot')).toHaveText(' · epoch 0 (snapshot)');

  // "live" brings each of them back to exactly the pre-scrub value.
  await page.getByTestId('timeline-live').click();
  await settled(page, 'live', stopEpoch);
  expect(await onView(page)).toEqual(before);
  await expect(page.getByTestId('dimple-snapshot')).toHaveCount(0);
  await expect(page.getByTestId('timeline-label')).toContainText(`live · snapshot ${stopEpoch}`);

  // The slider's end is the live state too (the last snapshot is the epoch the run stopped at).
  const slider = page.getByTestId('timeline-slider');
  await slider.fill('0');
  await settled(page, 'timeline', 0);
  await slider.fill(await slider.getAttribute('max').then((m) => m ?? '0'));
  await settled(page, 'live', stopEpoch);
  expect(await onView(page)).toEqual(before);
  await expect(page.getByTestId('timeline-label')).toContainText('live');

  // And so is → from the second-last snapshot.
  await page.getByTestId('timeline-epoch-100').click();
  await settled(page, 'timeline', 100);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settled(page, 'live', stopEpoch);
  expect(await onView(page)).toEqual(before);
  expect(errors).toEqual([]);
});
