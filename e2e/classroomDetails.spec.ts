import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/**
 * The rest of "smaller things seen" in front of a class (classroom.spec.ts item 8 has the others):
 * PGD-L2's readout, the attack colours as the comparison table shows them, a run's notice going
 * with its run, and the messages for a damaged points link and a file that is no scene file.
 */
const stopped = (page: Page) =>
  page.waitForFunction(() => ['converged', 'max-epochs'].includes((window as any).__lab.store.getState().runState), undefined, {
    timeout: 120_000,
  });

/** CIE76 ΔE between two CSS rgb() colours, in the page (sRGB → L*a*b*, D65). */
const swatchDeltas = (page: Page) =>
  page.evaluate(() => {
    const lab = (css: string) => {
      const rgb = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      const x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
      const y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
      const z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
      const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
      return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
    };
    const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=attack-compare] tbody tr'));
    const colours = rows.map((r) => [r.dataset.attack!, getComputedStyle(r.querySelector('.swatch')!).backgroundColor] as const);
    let closest = { pair: '', deltaE: Infinity };
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const a = lab(colours[i][1]);
        const b = lab(colours[j][1]);
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (d < closest.deltaE) closest = { pair: `${colours[i][0]} ~ ${colours[j][0]}`, deltaE: d };
      }
    return { count: colours.length, distinct: new Set(colours.map((c) => c[1])).size, closest };
  });

test('8 (rest) at 1440×900: PGD-L2 says it spent its budget, attack colours apart, a reset clears the run notice', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '?preset=paper-plane&backend=js&seed=1&speed=20');
  await page.getByTestId('play').click();
  await stopped(page);
  const converged = page.locator('[data-kind]').filter({ hasText: 'Converged at epoch' });
  await expect(converged).toBeVisible();

  // PGD-L2 (no early stop) spends its whole budget: the readout says so and gives the crossing distance.
  await page.evaluate(() => {
    const st = (window as any).__lab.attacks.store;
    st.setState({ attackId: 'pgdL2', params: { ...st.getState().params, pgdL2: { ...st.getState().params.pgdL2, earlyStop: false } } });
  });
  await page.evaluate(() => (window as any).__lab.attacks.attackPoint(12));
  await expect(page.getByTestId('attack-readout')).toContainText('PGD (L2)');
  await expect(page.getByTestId('attack-budget-note')).toBeVisible();
  const l2 = Number(await page.getByTestId('attack-l2').textContent());
  const cross = Number(await page.getByTestId('attack-crossing-l2').textContent());
  const [flip, steps] = ((await page.getByTestId('attack-flip-step').textContent()) ?? '').split(' / ').map(Number);
  // It flipped part-way and walked on with its budget (from a random start in the ε-ball, so its
  // crossing can lie farther out than where it ended): ‖δ‖₂ is not a flip distance, and it says so.
  expect(flip).toBeLessThan(steps);
  expect(cross).toBeGreaterThan(0);
  expect(l2).toBeGreaterThan(0);
  // The run's notice and the readout share the corner: the notice sits above it, not over it.
  const [notice, readout] = await Promise.all(
    [page.getByTestId('notices'), page.getByTestId('attack-readout')].map((l) => l.boundingBox()),
  );
  expect(readout!.y).toBeGreaterThanOrEqual(notice!.y + notice!.height);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/classroom-8-pgdl2-readout-1440.png' });

  // Every attack from the point: the table's colours (the paths' colours) are pairwise far apart.
  await page.getByTestId('attack-run-all').click();
  await expect(page.getByTestId('attack-compare').locator('tbody tr')).toHaveCount(9, { timeout: 60_000 });
  const d = await swatchDeltas(page);
  expect(d.distinct).toBe(9);
  expect(d.closest.deltaE, d.closest.pair).toBeGreaterThanOrEqual(25);
  await page.getByTestId('attack-compare').screenshot({ path: 'test-results/classroom-8-attack-colours-1440.png' });

  // R starts a new run: the old run's "Converged at epoch …" goes at once, not after its 8 s.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('r');
  await expect(converged).toHaveCount(0, { timeout: 1_500 });
  expect(errors).toEqual([]);
});

test('8 (rest) at 1280×720: a damaged points link and a file that is no scene file say so in words', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?preset=paper-plane&backend=js&pts=garbage');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('The edited points could not be restored: the points in the link are not readable');
  await expect(notices).not.toContainText('format');
  await page.screenshot({ path: 'test-results/classroom-8-pts-garbage-1280.png' });
  await page.evaluate(() => (window as any).__lab.store.setState({ notices: [] }));
  for (const [text, says] of [
    ['{"app":"other"}', 'This is not a Dimpled Manifold Lab scene file (its "app" is "other", not "dimpled-manifold-lab")'],
    ['{"app":"dimpled-manifold-lab","version":1,"query":5}', 'The scene file\'s settings ("query") is a number, not text'],
  ]) {
    await page.getByTestId('scene-file').setInputFiles({ name: 'bad.dmlab.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = page.getByTestId('notice-error').filter({ hasText: says });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('Nothing was changed');
    await expect(notice).not.toContainText('Invalid input');
  }
  await page.screenshot({ path: 'test-results/classroom-8-bad-scene-file-1280.png' });
  expect(errors).toEqual([]);
});
