import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, watchErrors } from './helpers';

const ready = (page: Page) =>
  page.waitForFunction(
    () => {
      const lab = (window as any).__lab;
      return lab && lab.store.getState().engineStatus === 'ready' && lab.live.boundary !== null && lab.live.stats !== null;
    },
    undefined,
    { timeout: 90_000 },
  );

const state = (page: Page) =>
  page.evaluate(() => {
    const lab = (window as any).__lab;
    return {
      epoch: lab.live.stats.epoch as number,
      timeline: (lab.store.getState().timeline as { epoch: number }[]).map((e) => e.epoch),
      curve: [...lab.live.curve.epoch] as number[],
      clinging: [...lab.live.clinging.epoch] as number[],
    };
  });

async function load(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('share-menu').click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByTestId('scene-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) }),
  ]);
  await ready(page);
}

test('a saved scene comes back whole: weights, C at once, the timeline and the charts; an old file says its history is absent', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane&backend=js');
  for (let i = 0; i < 12; i++) await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('12');
  await page.waitForFunction(() => (window as any).__lab.live.weights?.epoch === 12);
  const before = await state(page);
  expect(before.timeline).toEqual([0, 1, 2, 5, 10]);
  await page.getByTestId('share-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-scene').click()]);
  const text = readFileSync((await download.path())!, 'utf8');

  await page.goto('/?preset=paper-line&backend=js');
  await ready(page);
  await load(page, 'scene.dmlab.json', text);
  await expect(page.getByTestId('readout-epoch')).toHaveText('12');
  await expect(page.getByTestId('readout-clinging')).not.toHaveText('–');
  const after = await state(page);
  expect(after.timeline).toEqual(before.timeline);
  expect(after.curve).toEqual(before.curve);
  expect(after.clinging.slice(0, before.clinging.length)).toEqual(before.clinging);
  // The restored snapshots replay: scrubbing to epoch 5 draws its boundary.
  await page.evaluate(() => (window as any).__lab.controls.scrub(5));
  await page.waitForFunction(
    () => (window as any).__lab.live.boundary.source === 'timeline' && (window as any).__lab.live.boundary.epoch === 5,
  );
  expect(errors).toEqual([]);

  // A file saved before scene files kept the history: it loads, C is recomputed, and it says so.
  const old = JSON.parse(text);
  delete old.history;
  await load(page, 'old.dmlab.json', JSON.stringify(old));
  await expect(page.getByTestId('readout-epoch')).toHaveText('12');
  await expect(page.getByTestId('readout-clinging')).not.toHaveText('–');
  await expect(page.getByTestId('notice-info').filter({ hasText: 'holds no training history' })).toBeVisible();
  expect(errors).toEqual([]);
});
