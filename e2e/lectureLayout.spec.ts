import { expect, test, type Page } from '@playwright/test';
import { colourCounts, openApp, watchErrors } from './helpers';

/** The lecture card and the view laid out at a laptop's and a projector's size (not presenter view). */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

/** Where the lecture card's parts sit: nav buttons in one row, the hint whole and uncovered, the top bar one row. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const nav = Array.from(document.querySelectorAll<HTMLElement>('.lecture-nav button'));
    // Rows: a button starts a new row when it lies wholly below the row before (buttons differ in height).
    const rects = nav.map((b) => b.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    let rows = 0;
    let rowBottom = -Infinity;
    for (const r of rects) {
      if (r.top < rowBottom) continue;
      rows++;
      rowBottom = r.bottom;
    }
    const panel = document.querySelector('[data-testid=lecture-panel]')!.getBoundingClientRect();
    const hint = document.querySelector<HTMLElement>('.lecture-action')!;
    const h = hint.getBoundingClientRect();
    const hit = document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2);
    const topbar = document.querySelector('.topbar')!.getBoundingClientRect();
    const buttons = Array.from(document.querySelectorAll<HTMLElement>('.topbar button, .topbar select'));
    return {
      navRows: rows,
      hintWhole:
        h.top >= panel.top && h.bottom <= panel.bottom && hint.scrollHeight <= hint.clientHeight + 1 && !!hit && hint.contains(hit),
      topbarRows: new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top / 10))).size,
      topbarHeight: topbar.height,
    };
  });

for (const size of SIZES) {
  test(`lecture at ${size.width}×${size.height}: step buttons in one row, the hint whole, a retraining step says so, notices clear of the data`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    const tag = `${size.width}x${size.height}`;
    await openApp(page, '?preset=paper-plane&seed=1');
    // A converged run first: the step "Why adversarial examples exist" retrains it.
    await page.click('[data-testid=play]');
    await expect(page.getByTestId('run-state')).toHaveText('converged', { timeout: 90_000 });
    const notice = page.locator('[data-kind]').filter({ hasText: 'Converged at epoch' });
    await expect(notice).toBeVisible();
    // The notice sits in the view's top part, clear of the points and boundary in its middle and bottom.
    const where = await page.evaluate(() => {
      const stage = document.querySelector('.stage')!.getBoundingClientRect();
      const n = document.querySelector('[data-testid=notices]')!.getBoundingClientRect();
      return { top: n.top - stage.top, bottom: (n.bottom - stage.top) / stage.height, width: n.width / stage.width };
    });
    expect(where.top).toBeLessThan(20);
    expect(where.bottom).toBeLessThan(0.2);
    expect(where.width).toBeLessThan(0.8);

    await page.keyboard.press('l');
    await expect(page.getByTestId('lecture-panel')).toBeVisible();
    let l = await layout(page);
    expect(l, 'intro step').toMatchObject({ navRows: 1, hintWhole: true, topbarRows: 1 });
    expect(l.topbarHeight).toBeLessThan(45);
    await page.screenshot({ path: `test-results/lecture-layout-${tag}-intro.png` });

    // The step retrains the converged run: the card says so while it trains, then shows its hint.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('lecture-status')).toBeVisible();
    // The old run's "Converged at epoch …" goes with it, not after its 8 s (it would speak of a run no longer shown).
    await expect(notice).toHaveCount(0, { timeout: 2_000 });
    await expect(page.getByTestId('lecture-status')).toContainText('Retraining from scratch');
    await page.screenshot({ path: `test-results/lecture-layout-${tag}-retraining.png` });
    await expect(page.getByTestId('run-state')).toHaveText('converged', { timeout: 90_000 });
    await expect(page.getByTestId('lecture-status')).toHaveCount(0);
    await expect(page.getByTestId('lecture-action')).toContainText('Click a panel');
    // Every panel drawn once the run has stopped (none left blank: a blank canvas has one colour).
    await expect(page.locator('[data-testid^=epoch-thumb-]')).toHaveCount(5);
    await expect
      .poll(async () => (await colourCounts(page, '[data-testid=epoch-panels]')).filter((c) => c > 12).length, { timeout: 30_000 })
      .toBe(5);
    l = await layout(page);
    expect(l, 'step 1').toMatchObject({ navRows: 1, hintWhole: true, topbarRows: 1 });
    await page.screenshot({ path: `test-results/lecture-layout-${tag}-panels.png` });

    // D_i bars at the cap carry a marker, and the chart says how many.
    const capped = await page.evaluate(() => {
      const l = (window as any).__lab;
      const cap = l.store.getState().dataset.manifold.normalCap as number;
      return Array.from(l.live.dimples.dimples as Float32Array).filter((d) => Math.abs(d) >= cap * (1 - 1e-4)).length;
    });
    const chart = page.getByTestId('dimple-chart');
    await expect(chart).toHaveAttribute('data-capped', String(capped));
    if (capped > 0) await expect(page.getByTestId('dimple-capped-note')).toContainText(`${capped} at the cap`);
    else await expect(page.getByTestId('dimple-capped-note')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
