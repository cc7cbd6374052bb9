/** `npm test` runs this first: stop at once, with one line, when no Chromium can run the e2e tests. */
import { chooseChromium, NO_CHROMIUM } from './chromium';

const choice = chooseChromium();
if (!choice.found) {
  const given = process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)` : '';
  console.error(`${NO_CHROMIUM}${given}`);
  process.exit(1);
}
