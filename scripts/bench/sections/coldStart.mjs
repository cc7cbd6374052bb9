import { median, openLab } from '../lib/lab.mjs';

/**
 * Cold start: navigation start to engine ready (backend chosen) and to the first boundary
 * drawn, median of fresh browser contexts (empty HTTP cache), default scene, backend auto.
 * The same with ?backend=js (no backend probing) shows what the automatic choice costs.
 */
const RUNS = 3;
const TARGET_MS = 2000;

async function coldStarts(ctx, query, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const { page, context, errors, times } = await openLab(ctx, { query });
    try {
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      const backend = await page.evaluate(() => window.__lab.store.getState().backend);
      out.push({ ...times, fcpMs: fcp, backend: backend?.active, reason: backend?.reason, pageErrors: errors });
    } finally {
      await context.close();
    }
  }
  const m = (k) => median(out.map((r) => r[k] ?? NaN));
  return { runs: out, fcpMs: m('fcpMs'), readyMs: m('readyMs'), drawnMs: m('drawnMs') };
}

export default {
  id: 'coldStart',
  title: 'Cold start',
  async run(ctx) {
    const auto = await coldStarts(ctx, '', RUNS);
    const forced = await coldStarts(ctx, 'backend=js', RUNS);
    ctx.log(`  auto: ready ${auto.readyMs.toFixed(0)} ms, drawn ${auto.drawnMs.toFixed(0)} ms; backend=js: ready ${forced.readyMs.toFixed(0)}, drawn ${forced.drawnMs.toFixed(0)}`);
    return {
      rows: [
        { metric: `first contentful paint ms (median of ${RUNS} fresh pages)`, value: auto.fcpMs, display: auto.fcpMs.toFixed(0), target: '', met: null },
        { metric: `engine ready ms (auto chose ${auto.runs[0].backend})`, value: auto.readyMs, display: auto.readyMs.toFixed(0), target: '', met: null },
        { metric: 'first boundary drawn ms, backend auto (default)', value: auto.drawnMs, display: auto.drawnMs.toFixed(0), target: `≤ ${TARGET_MS}`, met: auto.drawnMs <= TARGET_MS },
        { metric: `first boundary drawn ms, ?backend=js (ready at ${forced.readyMs.toFixed(0)} ms)`, value: forced.drawnMs, display: forced.drawnMs.toFixed(0), target: `≤ ${TARGET_MS}`, met: forced.drawnMs <= TARGET_MS },
      ],
      data: { auto, forcedJs: forced },
    };
  },
};
