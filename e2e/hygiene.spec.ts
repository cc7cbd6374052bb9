import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('a full session stays on the page origin under a CSP without unsafe-eval', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto('/');
  const csp = (await response!.allHeaders())['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp.split(';').find((d) => d.includes('script-src'))).not.toMatch(/'unsafe-eval'/);
  await openApp(page);
  await page.getByTestId('play').click();
  await page.waitForFunction(() => (window as any).__lab.live.stats.epoch >= 30);
  await page.getByTestId('play').click();
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
