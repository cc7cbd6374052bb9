import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Headless Debian chromium with the e2e flags. The flag list is read from playwright.config.ts
 * (one source of truth; Node cannot import the .ts file) with a copy as fallback.
 */
const FALLBACK_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--enable-unsafe-webgpu', '--use-angle=swiftshader', '--enable-features=Vulkan'];

function chromiumArgs() {
  try {
    const src = readFileSync(new URL('../../../playwright.config.ts', import.meta.url), 'utf8');
    const block = /CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/.exec(src)?.[1] ?? '';
    const args = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    if (args.length > 0) return args.includes('--enable-unsafe-webgpu') ? args : [...args, '--enable-unsafe-webgpu'];
  } catch {
    /* fall through */
  }
  return FALLBACK_ARGS;
}

export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const args = chromiumArgs();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  return { browser, args, executablePath: executablePath ?? 'playwright chromium' };
}

/** Rejects after `ms` so one stuck measurement cannot hang the whole bench. */
export function withTimeout(promise, ms, what) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}
