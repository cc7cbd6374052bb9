import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chooseChromium, DEBIAN_CHROMIUM, NO_CHROMIUM } from './chromium';

const own = '/home/u/.cache/ms-playwright/chromium-1/chrome';

describe('the browser the e2e tests drive', () => {
  it("prefers CHROMIUM_PATH, then Debian's chromium, then Playwright's own download", () => {
    const all = () => true;
    expect(chooseChromium({ CHROMIUM_PATH: '/opt/c' }, all, () => own)).toEqual({ executablePath: '/opt/c', found: '/opt/c' });
    expect(chooseChromium({}, all, () => own)).toEqual({ executablePath: DEBIAN_CHROMIUM, found: DEBIAN_CHROMIUM });
    expect(
      chooseChromium(
        {},
        (p) => p === own,
        () => own,
      ),
    ).toEqual({ executablePath: undefined, found: own });
  });

  it('finds none on a fresh machine', () => {
    expect(
      chooseChromium(
        {},
        () => false,
        () => own,
      ).found,
    ).toBeNull();
    expect(
      chooseChromium(
        { CHROMIUM_PATH: '/missing' },
        (p) => p !== '/missing',
        () => own,
      ).found,
    ).toBeNull();
  });

  it('the pre-check stops at once with one line saying how to get one', () => {
    const t0 = Date.now();
    const r = spawnSync('npx', ['tsx', 'scripts/test/check-browser.ts'], {
      env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${NO_CHROMIUM} (CHROMIUM_PATH=/no/such/chromium does not exist)`]);
    expect(r.stdout).toBe('');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});
