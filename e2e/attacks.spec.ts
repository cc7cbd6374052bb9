import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canvasPixelsNear, openApp, trainUntilStopped, watchErrors } from './helpers';

// Click-to-attack on the trained 3-D checkerboard, readout with the null,
// all attacks from one point, a batch over all points with its histogram, and the CSV.

/** Pixels of the WebGL canvas within `tol` of an RGB colour (the attack paths are unlit). */
const pixelsNear = async (page: Page, rgb: [number, number, number], tol = 40) =>
  (await canvasPixelsNear(page, '.stage canvas', rgb, tol)).near;

/** Training point whose sphere is on screen away from the corners (where overlays sit). */
async function clickablePoint(page: Page): Promise<{ i: number; x: number; y: number }> {
  return page.evaluate(() => {
    const lab = (window as any).__lab;
    const rect = (document.querySelector('.stage canvas') as HTMLElement).getBoundingClientRect();
    for (const i of [12, 7, 17, 11, 13, 6, 8]) {
      const p = lab.attacks.pointScreen(i);
      if (p && p.x > rect.left + 320 && p.x < rect.right - 40 && p.y > rect.top + 40 && p.y < rect.bottom - 80) return { i, ...p };
    }
    throw new Error('no training point in the clear middle of the view');
  });
}

test('attacks: click a point, readout with null, all attacks, batch histogram, CSV', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane&speed=20');
  expect(await trainUntilStopped(page)).toBe('converged');
  await expect(page.getByTestId('attack-hint')).toContainText('Click a training point');

  // A real click on a point's sphere launches the default attack (DeepFool) from it.
  const before = await pixelsNear(page, [230, 0, 126]);
  const target = await clickablePoint(page);
  await page.mouse.click(target.x, target.y);
  const readout = page.getByTestId('attack-readout');
  await expect(readout).toBeVisible();
  await expect(readout).toHaveAttribute('data-flipped', 'true');
  expect(await page.evaluate(() => (window as any).__lab.attacks.store.getState().lastPoint)).toBe(target.i);
  // ρ_δ is a number in [0, 1], shown with its null k/n = 2/3 and the 95 % interval.
  const rho = Number(await page.getByTestId('attack-rho').textContent());
  expect(rho).toBeGreaterThanOrEqual(0);
  expect(rho).toBeLessThanOrEqual(1);
  await expect(readout).toContainText('null k/n = 2/3');
  await expect(page.getByTestId('attack-null')).toHaveText(/^0\.67 \[0\.\d\d, 1\.00\]$/);
  await expect(page.getByTestId('attack-prediction')).toContainText('→');
  // The path is drawn: the whole trajectory reached the scene and its colour is on the canvas.
  await page.waitForFunction(() => (window as any).__lab.attacks.latencies().length === 1);
  await page.waitForTimeout(200);
  expect(await pixelsNear(page, [230, 0, 126])).toBeGreaterThan(before + 20);

  // PGD L2 with 'a' on the same point: a second path, its iterates recorded.
  await page.getByTestId('attack-select').selectOption('pgdL2');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // keys typed into a <select> are not shortcuts
  await page.keyboard.press('a');
  await page.waitForFunction(() => (window as any).__lab.attacks.live.tracks.length === 2);
  const pgd = await page.evaluate(() => {
    const t = (window as any).__lab.attacks.live.tracks[1];
    return { attackId: t.attackId, count: t.count, success: t.readout.success };
  });
  expect(pgd).toEqual({ attackId: 'pgdL2', count: 52, success: true }); // x0, random start, 50 steps

  // Every attack from this point fills the table, one row per registry entry.
  await page.getByTestId('attack-run-all').click();
  await expect(page.getByTestId('attack-compare').locator('tbody tr')).toHaveCount(9, { timeout: 30_000 });
  await expect(page.getByTestId('attack-compare').locator('tr[data-attack=pgdOffManifold] td.ok')).toHaveCount(1);
  await page.waitForFunction(() => (window as any).__lab.attacks.live.tracks.length === 11);
  await expect(readout).toContainText('PGD (L2)'); // the sweep shows the chosen attack's readout

  // Slow-motion replay of the selected path starts and finishes.
  await page.getByTestId('attack-replay').click();
  expect(await page.evaluate(() => (window as any).__lab.attacks.live.replay !== null)).toBe(true);
  await page.waitForFunction(() => (window as any).__lab.attacks.live.replay === null, undefined, { timeout: 20_000 });

  // The chosen attack over every training point: histogram of all 25 ρ_δ, ratios, CSV.
  await page.getByTestId('attack-select').selectOption('deepFool');
  await page.getByTestId('attack-batch').click();
  await expect(page.getByTestId('attack-histogram')).toHaveAttribute('data-count', '25', { timeout: 90_000 });
  await expect(page.getByTestId('attack-ratios')).toBeVisible();
  await expect(page.getByTestId('attack-consistency')).toHaveText(/\d\.\d\d/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attack-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv.length).toBe(26);
  expect(csv[0]).toMatch(/^index,label,attack,kind,success,start,flipStep,steps,l2,crossingL2,/);
  expect(csv.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 25 }, (_, i) => i));
  await page.screenshot({ path: 'test-results/attacks.png' });

  await page.getByTestId('attack-clear').click();
  expect(await page.evaluate(() => (window as any).__lab.attacks.live.tracks.length)).toBe(0);
  expect(errors).toEqual([]);
});

test('a click on the manifold (not on a point) attacks from that point of the plane', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?backend=js&speed=1000000');
  await page.waitForFunction(() => (window as any).__lab?.store.getState().engineStatus === 'ready' && (window as any).__lab.live.boundary);
  await page.getByTestId('play').click();
  await page.waitForFunction(() => ['converged', 'max-epochs'].includes((window as any).__lab.store.getState().runState), undefined, {
    timeout: 60_000,
  });
  const before = await page.evaluate(() => (window as any).__lab.attacks.live.tracks.length);
  const spot = await page.evaluate(() => (window as any).__lab.attacks.live.screenOf([0.625, 0.375, 0.5]));
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction((n) => (window as any).__lab.attacks.live.tracks.length > n, before, { timeout: 30_000 });
  const start = await page.evaluate(() => {
    const t = (window as any).__lab.attacks.live.tracks.at(-1);
    return Array.from(t.path.slice(0, 3)) as number[];
  });
  expect(start[2]).toBeCloseTo(0.5, 3); // the attack starts on the plane
  expect(Math.abs(start[0] - 0.625)).toBeLessThan(0.05);
  expect(errors).toEqual([]);
});

test('targeted at class 1 on every point: starts already in class 1 are marked and left out, not counted as flips', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openApp(page, '?preset=paper-plane&speed=20');
  expect(await trainUntilStopped(page)).toBe('converged');
  await page.evaluate(() => {
    const a = (window as any).__lab.attacks.store;
    a.setState((s: any) => ({
      attackId: 'pgdL2',
      targeted: true,
      target: 1,
      params: { ...s.params, pgdL2: { ...s.params.pgdL2, earlyStop: true } },
    }));
  });
  await page.getByTestId('attack-batch').click();
  await page.waitForFunction(
    () => {
      const b = (window as any).__lab.attacks.store.getState().batch;
      return b && !b.running && b.result;
    },
    undefined,
    { timeout: 120_000 },
  );
  const r = await page.evaluate(() => {
    const rows = (window as any).__lab.attacks.store.getState().batch.result.rows as any[];
    const labels = Array.from((window as any).__lab.store.getState().dataset.labels) as number[];
    return {
      rows: rows.map((x) => ({
        start: x.start,
        success: x.success,
        freeNorm: x.freeNorm,
        l2: x.l2,
        flipStep: x.flipStep,
        orig: x.originalClass,
      })),
      labels,
    };
  });
  const ones = r.labels.filter((l) => l === 1).length;
  // Converged: every point is predicted as its label, so exactly the class-1 points start in the target.
  expect(r.rows.filter((x) => x.start === 'in-target').length).toBe(ones);
  r.rows.forEach((x, i) => expect(x.start).toBe(r.labels[i] === 1 ? 'in-target' : 'clean'));
  for (const x of r.rows.filter((x) => x.start === 'in-target')) expect(x).toMatchObject({ success: false, flipStep: null });
  // No zero flip norm enters the mean: every clean start needs a positive perturbation.
  for (const x of r.rows.filter((x) => x.start === 'clean')) expect(x.freeNorm).toBeGreaterThan(0.001);
  const flipped = r.rows.filter((x) => x.success).length;
  await expect(page.getByTestId('attack-batch-section').locator('figcaption').first()).toContainText(
    `on ${25 - ones} points: ${flipped} flipped`,
  );
  await expect(page.getByTestId('attack-left-out')).toContainText(`${ones} already in the target class`);
  await expect(page.getByTestId('attack-histogram')).toHaveAttribute('data-count', String(25 - ones));
  // A single targeted attack on a class-1 point says so in its readout.
  const i = r.labels.indexOf(1);
  await page.evaluate((idx) => (window as any).__lab.attacks.store.setState({ lastPoint: idx }), i);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('a');
  await expect(page.getByTestId('attack-start-note')).toContainText('already in the target class');
  await expect(page.getByTestId('attack-start-note')).toHaveAttribute('data-start', 'in-target');
  await expect(page.getByTestId('attack-l2')).toContainText('0.000'); // it stays at the start: δ = 0
  expect(errors).toEqual([]);
});
