/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * the browser `npx playwright install chromium` downloads. Shared by playwright.config.ts and the
 * pre-check that `npm test` runs first.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumChoice {
  /** Path to hand to Playwright; undefined means its own downloaded browser. */
  executablePath: string | undefined;
  /** The file that will run, or null when there is none. */
  found: string | null;
}

export function chooseChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: () => string = () => chromium.executablePath(),
): ChromiumChoice {
  if (env.CHROMIUM_PATH) return { executablePath: env.CHROMIUM_PATH, found: exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null };
  if (exists(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, found: DEBIAN_CHROMIUM };
  const own = playwrightOwn();
  return { executablePath: undefined, found: own && exists(own) ? own : null };
}

export const NO_CHROMIUM =
  "No Chromium for the browser tests: install Debian's (`sudo apt-get install chromium`), or run `npx playwright install chromium` once, or set CHROMIUM_PATH.";
