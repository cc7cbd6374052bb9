/**
 * `npm run bench` (after `vite build --mode test`, whose test hooks and bench API it drives): serves dist/ with `vite preview` on port 4174, drives
 * the built app in headless chromium section by section (sections/index.mjs), prints a markdown
 * table and writes bench/results.json and bench/results.md.
 *   node scripts/bench/run.mjs [--only=training,boundary]   (--only: JSON to $TMPDIR/bench-partial.json)
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startPreview } from './lib/server.mjs';
import { launchBrowser, withTimeout } from './lib/browser.mjs';
import { markdownTable, writeResults } from './lib/report.mjs';
import { SECTIONS } from './sections/index.mjs';
import { assertTestBuild } from '../checks/testBuild.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = join(root, 'dist');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const SECTION_TIMEOUT_MS = 150_000;
const log = (...a) => console.error(...a);

async function main() {
  assertTestBuild(distDir);
  process.chdir(root);
  const t0 = Date.now();
  const loadAvgStart = os.loadavg()[0];
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4174));
  const cleanup = () => server.stop();
  process.on('SIGINT', () => (cleanup(), process.exit(130)));
  process.on('SIGTERM', () => (cleanup(), process.exit(143)));
  let browser;
  try {
    const launched = await launchBrowser();
    browser = launched.browser;
    const ctx = { browser, baseUrl: server.url, distDir, log, ensureServer: server.ensureUp };
    const sections = [];
    for (const s of SECTIONS.filter((x) => !only || only.includes(x.id))) {
      log(`▶ ${s.title}`);
      const started = Date.now();
      const contexts = new Set();
      const events = [];
      const sectionCtx = { ...ctx, track: (c) => contexts.add(c), events };
      try {
        const out = await withTimeout(s.run(sectionCtx), SECTION_TIMEOUT_MS, `section ${s.id}`);
        if (events.length) out.rows.push({ metric: 'engine worker closed during the section (app heartbeat restart?)', display: events.join('; ').slice(0, 200), target: 'none', met: false });
        sections.push({ id: s.id, title: s.title, seconds: (Date.now() - started) / 1000, events, ...out });
      } catch (e) {
        log(`  ✗ ${s.id} failed: ${e.stack ?? e}`);
        sections.push({ id: s.id, title: s.title, seconds: (Date.now() - started) / 1000, error: String(e.message ?? e), events });
      } finally {
        // A timed-out section may still be running: closing its pages stops it.
        await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
      }
      log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    const cpus = os.cpus();
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpuModel: cpus[0]?.model ?? 'unknown',
        cpuCount: cpus.length,
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        loadAvgStart,
        loadAvgEnd: os.loadavg()[0],
        totalMemGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
        node: process.version,
        browser: `Chromium ${browser.version()}`,
        executablePath: launched.executablePath,
        chromiumArgs: launched.args,
      },
      totalSeconds: (Date.now() - t0) / 1000,
      sections,
    };
    console.log(markdownTable(sections));
    if (!only) {
      writeResults(results, join(root, 'bench/results.json'), join(root, 'bench/results.md'));
      log('wrote bench/results.json and bench/results.md');
    } else {
      writeFileSync(join(os.tmpdir(), 'bench-partial.json'), JSON.stringify(results, null, 2));
      log(`wrote ${join(os.tmpdir(), 'bench-partial.json')}`);
    }
    if (sections.some((s) => s.error)) process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
    cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
