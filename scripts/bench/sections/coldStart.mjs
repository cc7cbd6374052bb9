import { median, openLab } from '../lib/lab.mjs';

/**
 * Cold start: navigation start to engine ready (backend chosen) and to the first boundary
 * drawn, median of fresh browser contexts (empty HTTP cache), default scene, backend auto.
 */
const RUNS = 3;
const TARGET_MS = 2000;

export default {
  id: 'coldStart',
  title: 'Cold start (default scene, backend auto)',
  async run(ctx) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, context, errors, times } = await openLab(ctx);
      try {
        const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
        const backend = await page.evaluate(() => window.__lab.store.getState().backend?.active);
        runs.push({ ...times, fcpMs: fcp, backend, pageErrors: errors });
      } finally {
        await context.close();
      }
    }
    const drawn = median(runs.map((r) => r.drawnMs));
    const ready = median(runs.map((r) => r.readyMs));
    const fcp = median(runs.map((r) => r.fcpMs ?? NaN));
    return {
      rows: [
        { metric: `first contentful paint ms (median of ${RUNS})`, value: fcp, display: fcp.toFixed(0), target: '', met: null },
        { metric: `engine ready ms (backend chosen: ${runs[0].backend})`, value: ready, display: ready.toFixed(0), target: '', met: null },
        { metric: 'first boundary drawn ms', value: drawn, display: drawn.toFixed(0), target: `≤ ${TARGET_MS}`, met: drawn <= TARGET_MS },
      ],
      data: { runs, medianReadyMs: ready, medianDrawnMs: drawn, medianFcpMs: fcp },
    };
  },
};
