/**
 * The bench's journey walk (sections/journey.mjs) under a Chrome performance trace, to say what
 * each main-thread task over 50 ms spent its time on. Needs a test build in dist/ (for readable
 * names: `vite build --mode test --minify false`).
 *   node scripts/bench/traceJourney.mjs [--out=trace.json] [--min=50]
 *   node scripts/bench/traceJourney.mjs --analyse=trace.json [--min=50]   (a trace written before)
 * Prints one block per long task: its start (ms since navigation), the phase of the walk, the trace
 * events inside it with the most self time (e.g. WebGL calls, layout) and the JS functions with the
 * most samples (V8 CPU profiler), self and with their callers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openLab } from './lib/lab.mjs';
import { walk } from './sections/journey.mjs';
import { analyseTrace } from './lib/traceAnalysis.mjs';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const out = arg('out', join(tmpdir(), 'journey-trace.json'));
const minMs = Number(arg('min', 50));
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink', 'blink.user_timing', 'gpu', 'cc', 'toplevel'];

function printLinks(links, marks) {
  console.log(`\nshader programs linked (ms since navigation, phase, the caller's stack):`);
  const phase = (t) => Object.entries(marks).find(([, end]) => t < end)?.[0] ?? 'after';
  for (const l of links) console.log(`  ${l.at.toFixed(0)} ${phase(l.at)}: ${l.stack}`);
}

const saved = arg('analyse');
if (saved) {
  const { traceEvents, metadata } = JSON.parse(readFileSync(saved, 'utf8'));
  console.log(analyseTrace(traceEvents, { minMs, ...metadata }));
  printLinks(metadata.links ?? [], metadata.marks);
  process.exit(0);
}

// Which code links each shader program, and when (a program's first use waits for its link).
const LINK_LOG = `
  window.__programLinks = [];
  const link = WebGL2RenderingContext.prototype.linkProgram;
  WebGL2RenderingContext.prototype.linkProgram = function (p) {
    const stack = (new Error().stack || '').split('\\n').slice(2, 12).map((l) => l.trim().replace(/^at /, '').replace(/ \\(.*\\)$/, '')).join(' < ');
    window.__programLinks.push({ at: performance.now(), stack });
    return link.call(this, p);
  };
`;

const server = await startPreview(Number(process.env.BENCH_PORT ?? 4174));
const { browser } = await launchBrowser();
try {
  // openLab creates the context and navigates; tracing must start before navigation, so the
  // page is traced through a CDP session on the browser (all renderer threads).
  const cdp = await browser.newBrowserCDPSession();
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
  const ctx = { browser, baseUrl: server.url, log: console.error, ensureServer: server.ensureUp };
  const { page, context } = await openLab(ctx, { query: 'preset=paper-plane&seed=1', initScript: LINK_LOG });
  const syncMs = await page.evaluate(() => performance.mark('trace-sync').startTime);
  const marks = await walk(page, console.error);
  await cdp.send('Tracing.end');
  await done;
  const links = await page.evaluate(() => window.__programLinks);
  writeFileSync(out, JSON.stringify({ traceEvents: chunks, metadata: { syncMs, marks, links } }));
  console.error(`trace: ${out} (${chunks.length} events)`);
  await context.close();
  console.log(analyseTrace(chunks, { minMs, syncMs, marks }));
  printLinks(links, marks);
} finally {
  await browser.close();
  server.stop();
}
