import { openLab } from '../lib/lab.mjs';
import { KEEP_TRAINING, startTraining, trainingState } from '../lib/training.mjs';
import { longTaskObserver, readLongTasks } from '../lib/longTaskObserver.mjs';

/**
 * Main-thread long tasks (Long Tasks API: tasks over 50 ms) during 10 s of training and
 * rendering of the default scene after pressing play; start-up long tasks are listed apart.
 * Long animation frames (LoAF) over 50 ms are kept with their script attribution in the data.
 */
const WINDOW_MS = 10_000;

export default {
  id: 'longTasks',
  title: 'Main-thread long tasks',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx, { query: KEEP_TRAINING, initScript: longTaskObserver() });
    try {
      const t0 = await page.evaluate(() => performance.now());
      await startTraining(page);
      const before = await trainingState(page);
      await page.waitForTimeout(WINDOW_MS);
      const after = await trainingState(page);
      const { tasks, frames } = await readLongTasks(page);
      const rel = (xs) => xs.map((x) => ({ ...x, sincePlayMs: x.start - t0 }));
      const during = rel(tasks.filter((t) => t.start >= t0));
      const startup = tasks.filter((t) => t.start < t0);
      const max = Math.max(0, ...during.map((t) => t.duration));
      const epochs = after.epoch - before.epoch;
      const loaf = frames.filter((f) => f.start >= t0);
      const loafMs = loaf.reduce((a, f) => a + f.duration, 0);
      const scriptMs = loaf.reduce((a, f) => a + f.scripts.reduce((b, x) => b + x.duration, 0), 0);
      return {
        rows: [
          { metric: `long tasks while training + rendering 10 s (${epochs} epochs, ${after.runState} at end)`, value: during.length, display: String(during.length), target: 'none > 50 ms', met: during.length === 0 },
          { metric: 'longest task while training ms', value: max, display: max.toFixed(0), target: '≤ 50', met: max <= 50 },
          { metric: `long animation frames > 50 ms while training (their time in page scripts)`, value: loaf.length, display: `${loaf.length} (${loafMs ? ((100 * scriptMs) / loafMs).toFixed(0) : 0} %)`, target: '', met: null },
          { metric: 'long tasks during start-up (count / longest ms)', display: `${startup.length} / ${Math.max(0, ...startup.map((t) => t.duration)).toFixed(0)}`, target: '', met: null },
        ],
        data: { during, startup, longAnimationFrames: rel(frames.filter((f) => f.start >= t0)), before, after, pageErrors: errors },
      };
    } finally {
      await context.close();
    }
  },
};
