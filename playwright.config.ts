import { defineConfig } from '@playwright/test';
import { chooseChromium, NO_CHROMIUM } from './scripts/test/chromium';

// Debian's chromium where present (the tool's own browser download fails on the dev machines);
// elsewhere `npx playwright install chromium` provides one. No browser: one line, not a stack.
const browser = chooseChromium();
if (!browser.found) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const executablePath = browser.executablePath;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-webgpu',
  '--use-angle=swiftshader',
  '--enable-features=Vulkan',
];

// E2E_PORT lets several checkouts (git worktrees) run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  // dist/ must be a test build (`vite build --mode test`): the tests use its window.__lab hooks.
  globalSetup: './e2e/globalSetup.ts',
  timeout: 180_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1400, height: 860 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
