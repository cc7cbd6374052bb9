import { openLab } from '../lib/lab.mjs';
import { KEEP_TRAINING, startTraining, trainingState } from '../lib/training.mjs';

/**
 * Frames per second while orbiting: the mouse drags circles over the 3-D view for ~5 s while
 * the default scene trains; requestAnimationFrame callbacks are counted in the page.
 */
const DRAG_MS = 5000;
const TARGET_FPS = 30;

export default {
  id: 'orbitFps',
  title: 'Frames per second while orbiting during training',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx, { query: KEEP_TRAINING });
    try {
      await startTraining(page);
      const box = await page.locator('[data-testid=viewport]').boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const r = Math.min(box.width, box.height) / 4;
      await page.mouse.move(cx + r, cy);
      await page.evaluate(() => {
        window.__frames = { n: 0, t0: performance.now(), gaps: [] };
        let last = performance.now();
        const tick = (t) => {
          window.__frames.n++;
          window.__frames.gaps.push(t - last);
          last = t;
          if (!window.__frames.stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const before = await trainingState(page);
      await page.mouse.down();
      const start = Date.now();
      let moves = 0;
      while (Date.now() - start < DRAG_MS) {
        const a = (Date.now() - start) / 1000 * Math.PI; // half a turn per second
        await page.mouse.move(cx + r * Math.cos(a), cy + 0.5 * r * Math.sin(a));
        moves++;
      }
      await page.mouse.up();
      const f = await page.evaluate(() => {
        window.__frames.stop = true;
        return { n: window.__frames.n, ms: performance.now() - window.__frames.t0, gaps: window.__frames.gaps };
      });
      const after = await trainingState(page);
      const fps = (f.n * 1000) / f.ms;
      const worstGap = Math.max(...f.gaps.slice(1));
      return {
        rows: [
          { metric: `fps while orbiting (${moves} drag events, ${after.epoch - before.epoch} epochs trained meanwhile)`, value: fps, display: fps.toFixed(1), target: `≥ ${TARGET_FPS}`, met: fps >= TARGET_FPS },
          { metric: 'longest frame gap ms', value: worstGap, display: worstGap.toFixed(0), target: '', met: null },
        ],
        data: { frames: f.n, ms: f.ms, fps, worstGapMs: worstGap, moves, before, after, pageErrors: errors },
      };
    } finally {
      await context.close();
    }
  },
};
