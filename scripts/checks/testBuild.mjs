import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Throws unless `distDir` holds a test build (`vite build --mode test`): the e2e suite and the
 * bench drive the app through its test hooks (window.__lab), which a production build leaves out.
 */
export function assertTestBuild(distDir) {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} is missing: run \`npx vite build --mode test\` first.`);
  const assets = join(distDir, 'assets');
  const hooked = readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('__lab'));
  if (!hooked)
    throw new Error(
      `${distDir} is a production build without the test hooks: run \`npx vite build --mode test\` (npm run test:e2e and npm run bench do).`,
    );
}
