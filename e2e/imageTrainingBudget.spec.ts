import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

// The metric budget: every epoch states the attack cadence in force, the per-part pass seconds
// add up to the metric time recorded, and the readout's share is the last record's (init's pass
// included). The shares themselves are printed, not asserted (they are timings).
interface Rec {
  epoch: number;
  trainSeconds: number;
  metricSeconds: number;
  passSeconds: Record<string, number>;
  cadence: string;
  attack: { attacked: number } | null;
}

async function runAndCheck(page: Page, query: string, epochs: number, label: string): Promise<void> {
  const errors = watchErrors(page);
  await openApp(page, query);
  await page.click('[data-testid=tab-image]');
  await expect(page.locator('[data-testid=image-status]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.click('[data-testid=image-mode-train]');
  await page.click('[data-testid=train-start]');
  await expect(page.locator('[data-testid=train-status]')).toHaveAttribute('data-state', 'done', { timeout: 280_000 });
  const recs: Rec[] = await page.evaluate(() => (window as any).__lab.training.live.records);
  expect(recs.map((r) => r.epoch)).toEqual(Array.from({ length: epochs + 1 }, (_, i) => i));
  let before = 0;
  for (const r of recs) {
    const parts = Object.values(r.passSeconds).reduce((s, v) => s + v, 0);
    expect(parts).toBeCloseTo(r.metricSeconds - before, 6);
    before = r.metricSeconds;
    expect(r.cadence).toMatch(r.epoch === 0 ? /planned after epoch 1/ : /flip-norm attacks (on \d+ digits|skipped)/);
    console.log(
      `${label} epoch ${r.epoch}: train ${r.trainSeconds.toFixed(2)} s, metrics ${r.metricSeconds.toFixed(2)} s` +
        (r.trainSeconds ? ` (${((100 * r.metricSeconds) / r.trainSeconds).toFixed(0)} %)` : '') +
        `, pass ${JSON.stringify(r.passSeconds, (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}, attacks ${r.attack ? r.attack.attacked : 'no'}; ${r.cadence}`,
    );
  }
  const last = recs[recs.length - 1];
  const shown = Number(await page.getAttribute('[data-testid=train-metric-share]', 'data-share'));
  expect(shown).toBeCloseTo(last.metricSeconds / last.trainSeconds, 4);
  await expect(page.locator('[data-testid=train-cadence]')).toHaveText(last.cadence);
  // The readout splits the share by part over the whole run and names the init pass's part.
  const parts = await page.textContent('[data-testid=train-share-parts]');
  expect(parts).toMatch(/loss\/accuracy \d+ % · ρ_g \d+ % · live slice \d+ % · attacks \d+ %; the init pass .* took \d+\.\d+ s/);
  console.log(`${label}: readout ${await page.textContent('[data-testid=train-metric-share]')}; ${parts}`);
  expect(errors).toEqual([]);
}

test('image training: the metric pass of a 3-epoch MLP run accounts for its time and says its cadence', async ({ page }) => {
  test.setTimeout(300_000);
  await runAndCheck(page, '?imgEpochs=3', 3, 'MLP');
});

test('image training: the metric pass of a 1-epoch CNN run accounts for its time and says its cadence', async ({ page }) => {
  test.setTimeout(300_000);
  await runAndCheck(page, '?imgModel=cnn&imgEpochs=1', 1, 'CNN');
});
