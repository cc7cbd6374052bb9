import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/** The help overlay at the sizes a lecturer uses: opens at the tab in view, Close always in reach, Esc closes. */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

/** The section whose heading is at the top of the help's scrolled body, and whether Close is on screen and uncovered. */
const helpState = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('[data-testid=help-body]') as HTMLElement;
    const top = body.getBoundingClientRect().top;
    const sections = Array.from(body.querySelectorAll<HTMLElement>('.help-section'));
    const atTop = sections.find((s) => Math.abs(s.getBoundingClientRect().top - top) < 4)?.id ?? null;
    const close = document.querySelector('[data-testid=help-close]') as HTMLElement;
    const r = close.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { atTop, closeReachable: r.top >= 0 && r.bottom <= innerHeight && !!hit && close.contains(hit) };
  });

for (const size of SIZES) {
  test(`help at ${size.width}×${size.height}: opens at the section of the tab in view, Close stays in the header, Esc closes`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await openApp(page, '?preset=paper-plane&seed=1');
    const tag = `${size.width}x${size.height}`;

    // The toys: opens at the top, with every tab's section listed.
    await page.keyboard.press('?');
    const overlay = page.getByTestId('help-overlay');
    await expect(overlay).toBeVisible();
    for (const id of ['toys', 'image-attack', 'image-train', 'claims', 'keys', 'science'])
      await expect(page.getByTestId(`help-section-${id}`)).toBeAttached();
    await expect(page.getByTestId('help-section-image-attack')).toContainText('Experiments A + B');
    await expect(page.getByTestId('help-section-claims')).toContainText('mislabelled-data paradox');
    expect((await helpState(page)).atTop).toBe('help-toys');
    // Scrolled to the end, Close is still in the header, on screen and not covered.
    await page.getByTestId('help-body').evaluate((b) => (b.scrollTop = b.scrollHeight));
    expect((await helpState(page)).closeReachable).toBe(true);
    await page.screenshot({ path: `test-results/help-${tag}-scrolled.png` });
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);

    // The image lab (Attack mode): opens at the image lab's Attack section, not the toys' text.
    await page.getByTestId('tab-image').click();
    await page.getByTestId('help').click();
    await expect(overlay).toBeVisible();
    await expect.poll(async () => (await helpState(page)).atTop).toBe('help-image-attack');
    await page.screenshot({ path: `test-results/help-${tag}-image.png` });
    await page.getByTestId('help-close').click();
    await expect(overlay).toHaveCount(0);

    // Claims: opens at the Claims section; Reset view (a toys' camera control) is not offered there.
    await page.getByTestId('tab-claims').click();
    await expect(page.getByTestId('claims-view')).toBeVisible();
    await expect(page.getByTestId('reset-view')).toHaveCount(0);
    await page.keyboard.press('?');
    await expect.poll(async () => (await helpState(page)).atTop).toBe('help-claims');
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);
    await page.getByTestId('tab-toys').click();
    await expect(page.getByTestId('reset-view')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('docs/science.md references open the help at that section, rendered from the file', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?preset=paper-plane&seed=1');
  await page.keyboard.press('?');
  await page.getByTestId('help-section-toys').getByTestId('science-ref-6').click();
  const heading = page.locator('[data-testid=science-doc] #science-6');
  await expect(heading).toHaveText('6. Measurements');
  // Scrolled so that §6 is at the top of the help's body.
  await expect
    .poll(() =>
      heading.evaluate((h) =>
        Math.round(h.getBoundingClientRect().top - document.querySelector('[data-testid=help-body]')!.getBoundingClientRect().top),
      ),
    )
    .toBeLessThan(4);
  await expect(page.getByTestId('science-doc')).toContainText('Dimple depth D_i');
  await page.keyboard.press('Escape');

  // The image lab's Experiments A + B text links its sections too.
  await page.getByTestId('tab-image').click();
  await page.getByTestId('science-ref-3').first().click();
  await expect(page.locator('[data-testid=science-doc] #science-3')).toBeInViewport();
  expect(errors).toEqual([]);
});
