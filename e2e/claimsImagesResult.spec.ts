import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { openApp } from './helpers';

/**
 * The README's "Claims on MNIST from the browser" numbers: the three claims run in the page
 * (the worker) on MNIST-14 with the Claims view's defaults (seed 1), and on MNIST-28 with 300
 * training images; the estimate shown before each run, its wall time and its table are written
 * to test-results/claims-mnist-browser.md. Minutes long, so only with CLAIMS_RESULT=1:
 *   npx vite build --mode test && CLAIMS_RESULT=1 E2E_PORT=4401 npx playwright test e2e/claimsImagesResult.spec.ts
 */
test.skip(!process.env.CLAIMS_RESULT, 'the README result run: set CLAIMS_RESULT=1');
test.setTimeout(60 * 60_000);

const CLAIMS = [
  { run: 'advtrain', slot: 'advtrainImages', table: 'advtrain-images-table', verdict: 'advtrain-images-verdict' },
  { run: 'paradox', slot: 'paradoxImages', table: 'paradox-images-table', verdict: 'paradox-images-verdict' },
  { run: 'align', slot: 'alignImages', table: 'align-chart', verdict: 'align-images-verdict' },
] as const;

async function tableText(page: Page, id: string): Promise<string> {
  return page.getByTestId(id).evaluate((el) => {
    if (el.tagName !== 'TABLE') return el.textContent ?? '';
    return Array.from(el.querySelectorAll('tr'))
      .map((tr) => `| ${Array.from(tr.children, (c) => c.textContent).join(' | ')} |`)
      .join('\n');
  });
}

test('the claims on MNIST-14 and MNIST-28, run in the browser', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('tab-claims').click();
  const out: string[] = [`# Claims on MNIST from the browser (${new Date().toISOString()})`];
  for (const dataset of ['mnist14', 'mnist28'] as const) {
    for (const c of CLAIMS) {
      await page.getByTestId(`${c.run}-data`).selectOption(dataset);
      const prefix = `${c.run}-images`;
      if (dataset === 'mnist28') await page.getByTestId(`${prefix}-trainCount`).fill('300');
      await page.getByTestId(`${prefix}-trainCount`).press('Enter');
      const estimate = page.getByTestId(`${c.slot}-estimate`);
      await expect(estimate).toContainText('Estimated time', { timeout: 120_000 });
      const before = (await estimate.textContent()) ?? '';
      const basis = (await estimate.getAttribute('title')) ?? '';
      await page.getByTestId(`${c.slot}-run`).click();
      await expect(estimate).toContainText('the last run took', { timeout: 50 * 60_000 });
      out.push(`\n## ${dataset} ${c.run}\n\n${before} (${basis})\n${(await estimate.textContent()) ?? ''}\n`);
      if (c.run !== 'align') out.push(await tableText(page, c.table));
      out.push(`\n${(await page.getByTestId(c.verdict).textContent()) ?? ''}`);
      writeFileSync('test-results/claims-mnist-browser.md', out.join('\n') + '\n');
    }
  }
});
