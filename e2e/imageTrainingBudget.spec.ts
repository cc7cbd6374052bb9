import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// The metric budget over a 3-epoch MLP run: every epoch states the attack cadence in force, the
// per-part pass seconds add up to the metric time recorded, and the readout's share is the
// last record's. The share itself is printed, not asserted (it is a timing).
test('image training: the metric pass accounts for its time and says its cadence', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await openApp(page, '?imgEpochs=3');
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.click('[data-testid=image-mode-train]');
  await page.click('[data-testid=train-start]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 280_000 });
  const recs: {
    epoch: number;
    trainSeconds: number;
    metricSeconds: number;
    passSeconds: Record<string, number>;
    cadence: string;
    attack: unknown;
  }[] = await page.evaluate(() => (window as any).__lab.training.live.records);
  expect(recs.map((r) => r.epoch)).toEqual([0, 1, 2, 3]);
  let before = 0;
  for (const r of recs) {
    const parts = Object.values(r.passSeconds).reduce((s, v) => s + v, 0);
    expect(parts).toBeCloseTo(r.metricSeconds - before, 6);
    before = r.metricSeconds;
    expect(r.cadence).toMatch(r.epoch === 0 ? /planned after epoch 1/ : /flip-norm attacks (on \d+ digits|skipped)/);
    console.log(
      `epoch ${r.epoch}: train ${r.trainSeconds.toFixed(2)} s, metrics ${r.metricSeconds.toFixed(2)} s` +
        (r.trainSeconds ? ` (${((100 * r.metricSeconds) / r.trainSeconds).toFixed(0)} %)` : '') +
        `, pass ${JSON.stringify(r.passSeconds)}, attacks ${r.attack ? 'yes' : 'no'}; ${r.cadence}`,
    );
  }
  const last = recs[recs.length - 1];
  const shown = Number(await page.getAttribute('[data-testid=train-metric-share]', 'data-share'));
  expect(shown).toBeCloseTo(last.metricSeconds / last.trainSeconds, 4);
  await expect(page.locator('[data-testid=train-cadence]')).toHaveText(last.cadence);
  expect(errors).toEqual([]);
});
