import { expect, test, type Page } from '@playwright/test';
import { openApp, trainUntilStopped, watchErrors } from './helpers';

// The top bar and the timeline at 1440×900 and 1280×720, in the lab and in lecture mode: every
// control on one row, none cut, the Scene menu's label shown and its entry's text whole.

/** Problems with the top bar and the timeline, in words (empty when all fit). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const rowOf = (sel: string) => {
      const el = document.querySelector(sel) as HTMLElement | null;
      if (!el) return out.push(`${sel} missing`);
      const kids = Array.from(el.children).filter((k) => (k as HTMLElement).offsetParent !== null) as HTMLElement[];
      const tops = new Set(kids.map((k) => Math.round(k.getBoundingClientRect().top + k.getBoundingClientRect().height / 2)));
      if (tops.size > 1) out.push(`${sel} wraps onto ${tops.size} rows`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${sel} overflows (${el.scrollWidth} > ${el.clientWidth})`);
    };
    rowOf('.topbar');
    for (const s of Array.from(document.querySelectorAll('.topbar select')) as HTMLSelectElement[]) {
      // A select never scrolls: compare its chosen entry's text width with its inner width.
      const g = document.createElement('canvas').getContext('2d')!;
      const cs = getComputedStyle(s);
      g.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = s.selectedOptions[0]?.textContent ?? '';
      const inner = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16; // the arrow
      const w = g.measureText(text).width;
      if (w > inner) out.push(`the menu ${s.dataset.testid ?? s.id} cuts "${text}" (${Math.round(w)} > ${Math.round(inner)} px)`);
    }
    rowOf('.timeline');
    rowOf('.timeline-marks');
    rowOf('.footer-row');
    for (const b of Array.from(document.querySelectorAll('.footer button, .topbar button')) as HTMLElement[])
      if (b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1) out.push(`the button "${b.textContent}" is cut`);
    const label = document.querySelector('.preset-picker label') as HTMLElement;
    const box = label.getBoundingClientRect();
    if (box.width < 20 || getComputedStyle(label).clipPath !== 'none') out.push('the Scene label is hidden');
    const tl = document.querySelector('[data-testid=timeline-label]') as HTMLElement;
    if (tl.scrollWidth > tl.clientWidth + 1) out.push('the timeline label is cut');
    return out;
  });
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`${width}×${height}: top bar and timeline fit in the lab and in lecture mode`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await openApp(page, '?preset=paper-plane&speed=1000000&backend=js');
    await trainUntilStopped(page);
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/layout-${width}.png` });

    // A changed scene shows its longest entry, "Custom (from …)", whole too.
    await page.evaluate(() => (window as any).__lab.controls.openLink('?preset=paper-plane-small-init&seed=2&backend=js'));
    await expect(page.getByTestId('preset')).toHaveValue('changed');
    await expect(page.locator('[data-testid=preset] option:checked')).toHaveText('Custom (Small init)');
    expect(await layoutProblems(page)).toEqual([]);

    await page.evaluate(() => (window as any).__lab.controls.openLink('?preset=paper-plane&speed=1000000&backend=js'));
    await page.getByTestId('lecture-toggle').click();
    await page.keyboard.press('ArrowRight'); // step 2 trains and opens the epoch panels
    await expect(page.getByTestId('epoch-panels')).toBeVisible();
    // Every epoch button (init … 200) and the live one are there once the run has stopped.
    await page.waitForFunction(() => ['converged', 'max-epochs'].includes((window as any).__lab.store.getState().runState), undefined, {
      timeout: 120_000,
    });
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/layout-lecture-${width}.png` });
    expect(errors).toEqual([]);
  });
}
