import { openLab } from '../lib/lab.mjs';
import { KEEP_TRAINING, startTraining, trainingState } from '../lib/training.mjs';

/**
 * Main-thread long tasks (Long Tasks API, > 50 ms by definition) during 10 s of training and
 * rendering of the default scene, after pressing play. Start-up long tasks are listed apart.
 */
const WINDOW_MS = 10_000;
const OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

export default {
  id: 'longTasks',
  title: 'Main-thread long tasks while training + rendering (10 s)',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx, { query: KEEP_TRAINING, initScript: OBSERVER });
    try {
      const t0 = await page.evaluate(() => performance.now());
      await startTraining(page);
      const before = await trainingState(page);
      await page.waitForTimeout(WINDOW_MS);
      const after = await trainingState(page);
      const tasks = await page.evaluate(() => window.__longTasks);
      const during = tasks.filter((t) => t.start >= t0);
      const startup = tasks.filter((t) => t.start < t0);
      const max = Math.max(0, ...during.map((t) => t.duration));
      const epochs = after.epoch - before.epoch;
      return {
        rows: [
          { metric: `long tasks during training (${epochs} epochs in ${WINDOW_MS / 1000} s, ${after.runState} at end)`, value: during.length, display: String(during.length), target: '0 (none > 50 ms)', met: during.length === 0 },
          { metric: 'longest task during training ms', value: max, display: max.toFixed(0), target: '≤ 50', met: max <= 50 },
          { metric: 'long tasks during start-up (count / longest ms)', display: `${startup.length} / ${Math.max(0, ...startup.map((t) => t.duration)).toFixed(0)}`, target: '', met: null },
        ],
        data: { during, startup, before, after, pageErrors: errors },
      };
    } finally {
      await context.close();
    }
  },
};
