import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';
import { csvDialects, fuzzFile, fuzzPointsFragment, fuzzQuery, fuzzSceneFile, rng } from './fuzzInputs';

test('200 fuzzed links: no page error, a working scene and a message every time', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  const r = rng(20261125);
  // A handful through real page loads…
  for (let i = 0; i < 8; i++) {
    const q = fuzzQuery(r);
    await openApp(page, `?${q}`);
    await expect(page.locator('[data-testid^=notice-]').first()).toBeVisible();
    expect(errors, `link ?${q}`).toEqual([]);
  }
  // …the rest opened in place through the same decoder (a full reload costs seconds each).
  for (let i = 8; i < 200; i++) {
    const q = fuzzQuery(r);
    const result = await page.evaluate(async (query) => {
      const lab = (window as any).__lab;
      const notices = await lab.controls.openLink(`?${query}`);
      const s = lab.store.getState();
      return { notices, shown: s.notices.length, count: s.dataset?.count ?? 0, status: s.engineStatus };
    }, q);
    expect(result.notices, `link ?${q}`).toBeGreaterThan(0);
    expect(result.shown).toBeGreaterThan(0);
    expect(result.count).toBeGreaterThan(1);
    expect(result.status).toBe('ready');
    expect(errors, `link ?${q}`).toEqual([]);
  }
  // The app still trains afterwards.
  await page.evaluate(() => (window as any).__lab.controls.openLink('?preset=paper-plane&backend=js'));
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('1');
});

test('50 malformed files: each shows a message and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js');
  const points = () => page.evaluate(() => Array.from((window as any).__lab.store.getState().dataset.points));
  const before = await points();
  const r = rng(7);
  for (let i = 0; i < 50; i++) {
    const scene = i % 5 === 4;
    const f = scene ? fuzzSceneFile(r, i) : fuzzFile(r, i);
    await page.evaluate(() => (window as any).__lab.store.setState({ notices: [] }));
    if (scene) {
      await page.getByTestId(`scene-file`).setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    } else {
      await page.getByTestId('import-file').setInputFiles({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) });
    }
    await expect(page.getByTestId('notice-error'), f.name).toBeVisible();
    expect(await points(), f.name).toEqual(before);
  }
  expect(errors).toEqual([]);
});

test('a reload restores the edited scene', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js&seed=5');
  await page.getByTestId('import-file').setInputFiles({
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y,z,label\n0.1,0.1,0.5,0\n0.9,0.9,0.5,1\n0.5,0.2,0.5,1\n0.3,0.8,0.5,0\n'),
  });
  await expect.poll(() => page.evaluate(() => (window as any).__lab.store.getState().dataset.count)).toBe(4);
  await page.reload();
  await page.waitForFunction(() => (window as any).__lab?.store.getState().engineStatus === 'ready' && (window as any).__lab.live.boundary);
  expect(await page.evaluate(() => (window as any).__lab.store.getState().dataset.count)).toBe(4);
  // A bare address reopens the last scene too (kept in local storage).
  await page.goto('/');
  await page.waitForFunction(() => (window as any).__lab?.store.getState().engineStatus === 'ready' && (window as any).__lab.live.boundary);
  expect(await page.evaluate(() => (window as any).__lab.store.getState().dataset.count)).toBe(4);
  expect(await page.evaluate(() => (window as any).__lab.store.getState().settings.seed)).toBe(5);
  expect(errors).toEqual([]);
});

test('CSV dialects of other tools (quoted, R, CR-only, CRLF, decimal commas, tabs) import the same points', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?backend=js');
  for (const d of csvDialects()) {
    await page.getByTestId('import-file').setInputFiles({ name: d.name, mimeType: 'text/csv', buffer: Buffer.from(d.text) });
    await expect.poll(() => page.evaluate(() => (window as any).__lab.store.getState().dataset.count), { message: d.name }).toBe(3);
    const got = await page.evaluate(() => {
      const ds = (window as any).__lab.store.getState().dataset;
      return { points: Array.from(ds.points) as number[], labels: Array.from(ds.labels) as number[] };
    });
    got.points.forEach((v, i) => expect(v, d.name).toBeCloseTo(d.points[i], 6));
    expect(got.labels, d.name).toEqual(d.labels);
    // Reset to a different set so that the next dialect has to change it again.
    await page.evaluate(() => (window as any).__lab.controls.openLink('?backend=js'));
    await expect.poll(() => page.evaluate(() => (window as any).__lab.store.getState().dataset.count)).toBe(25);
  }
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('garbage and long points in the fragment: a working scene and a message', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const r = rng(431);
  for (let i = 0; i < 6; i++) {
    const hash = fuzzPointsFragment(r);
    await page.goto(`/?backend=js&seed=${i + 1}${hash}`);
    await page.waitForFunction(
      () => (window as any).__lab?.store.getState().engineStatus === 'ready' && (window as any).__lab.live.boundary,
      undefined,
      { timeout: 90_000 },
    );
    await expect(
      page.getByTestId('notice-warning').filter({ hasText: 'edited points could not be restored' }),
      hash.slice(0, 40),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as any).__lab.store.getState().dataset.count)).toBe(25);
  }
  expect(errors).toEqual([]);
});
