import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, trainUntilStopped, watchErrors } from './helpers';

// Minimal-distance attacks end at the crossing (docs/science.md §7), the compare table says each
// attack's kind, and a path from another epoch's network is marked when the timeline is scrubbed.

const num = async (page: Page, id: string) => Number(await page.getByTestId(id).textContent());

/** Click training point `i`'s sphere (a real click, as a user attacks). */
async function clickPoint(page: Page, i: number): Promise<void> {
  const p = await page.evaluate((idx) => (window as any).__lab.attacks.pointScreen(idx), i);
  expect(p, `point #${i} on screen`).not.toBeNull();
  await page.mouse.click(p.x, p.y);
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
]) {
  test(`${width}×${height}: DeepFool ends at 1.02 × the crossing; compare kinds; a scrubbed timeline marks the old path`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    // Seed 2 is the run where point #12's DeepFool step used to end 2.4× past the crossing.
    await openApp(page, '?preset=paper-plane&seed=2&speed=20');
    expect(await trainUntilStopped(page)).toBe('converged');
    const stop = await page.evaluate(() => (window as any).__lab.store.getState().timeline.at(-1).epoch);

    await clickPoint(page, 12);
    const readout = page.getByTestId('attack-readout');
    await expect(readout).toHaveAttribute('data-kind', 'minimal');
    await expect(readout).toHaveAttribute('data-success', 'true');
    const l2 = await num(page, 'attack-l2');
    const crossing = await num(page, 'attack-crossing');
    // (1 + η) with η = 0.02; 0.004 covers the 3-digit rounding of both numbers.
    expect(l2 / crossing).toBeGreaterThan(1.02 - 0.004 / crossing);
    expect(l2 / crossing).toBeLessThan(1.02 + 0.004 / crossing);
    await expect(page.getByTestId('attack-kind')).toHaveText('minimal distance');
    await expect(page.getByTestId('attack-budget-note')).toHaveCount(0);
    await page.screenshot({ path: `test-results/distances-${width}-deepfool.png` });

    // Every attack from the point: each row has its kind and a crossing distance.
    await page.getByTestId('attack-run-all').click();
    const table = page.getByTestId('attack-compare');
    await expect(table.locator('tbody tr')).toHaveCount(9, { timeout: 30_000 });
    // FGSM, FGM and the four PGDs at their defaults spend a budget; DeepFool, C&W and the walk on M do not.
    await expect(table.locator('tr[data-kind=budget]')).toHaveCount(6);
    await expect(table.locator('tr[data-kind=minimal]')).toHaveCount(3);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-attack'),
        flip: tr.children[2].textContent!,
        l2: tr.children[3].textContent,
        cross: tr.children[4].textContent,
      })),
    );
    for (const r of rows.filter((x) => x.flip.startsWith('✓'))) {
      expect(Number(r.cross), `${r.id} crossing`).toBeGreaterThan(0);
      if (r.id === 'deepFool' || r.id === 'cwL2' || r.id === 'exactManifold')
        expect(Number(r.l2), `${r.id} ends at its crossing`).toBeLessThanOrEqual(1.02 * Number(r.cross) + 0.001);
    }
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/distances-${width}-compare.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/^index,label,attack,kind,success,start,flipStep,steps,l2,crossingL2,/);
    expect(csv.length).toBe(10);

    // Scrub to the initial network: the readout run (computed at the stop epoch) is marked and dimmed.
    await page.getByTestId('timeline-epoch-0').click();
    const note = page.getByTestId('attack-stale-note');
    await expect(note).toContainText(`Computed on the epoch-${stop} network; the view shows epoch 0`);
    await expect(page.getByTestId('compare-stale-note')).toBeVisible();
    const stale = await page.evaluate(() => (window as any).__lab.attacks.staleRuns().length);
    expect(stale).toBe(10); // the clicked DeepFool and the nine of the table
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/distances-${width}-stale.png` });
    // Re-run attacks the same point on the epoch-0 network: a fresh, current path.
    const before = await page.evaluate(() => (window as any).__lab.attacks.live.tracks.length);
    await page.getByTestId('attack-rerun').click();
    await page.waitForFunction((n) => (window as any).__lab.attacks.live.tracks.length > n, before);
    await expect(note).toHaveCount(0);
    const fresh = await page.evaluate(() => {
      const t = (window as any).__lab.attacks.live.tracks.at(-1);
      return { epoch: t.epoch, point: t.pointIndex, attack: t.attackId };
    });
    expect(fresh).toEqual({ epoch: 0, point: 12, attack: 'deepFool' });
    // Back to live: now the epoch-0 path is the stale one.
    await page.getByTestId('timeline-live').click();
    await expect(page.getByTestId('attack-stale-note')).toContainText('Computed on the epoch-0 network');
    expect(errors).toEqual([]);
  });
}
