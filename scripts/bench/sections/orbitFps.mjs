import { openLab } from '../lib/lab.mjs';
import { idleFps, startFrameCounter } from '../lib/frames.mjs';
import { KEEP_TRAINING, startTraining, trainingState } from '../lib/training.mjs';

/**
 * Frames per second while orbiting: the mouse drags ellipses over the 3-D view for ~5 s while
 * the default scene trains; requestAnimationFrame callbacks are counted in the page. Two
 * references separate the causes: paused without input, and training without input. The view's
 * drawing buffer is read during the drag and after it (half resolution while the camera moves).
 */
const DRAG_MS = 5000;
const REF_MS = 2500;
const TARGET_FPS = 30;

const bufferSize = (page) =>
  page.evaluate(() => {
    const c = document.querySelector('[data-testid=viewport] canvas');
    return c ? `${c.width}×${c.height}` : '?';
  });

/** Drags for `ms`; returns the moves made and the drawing-buffer sizes seen meanwhile (after moves 1, 6, 11, …). */
async function orbit(page, ms) {
  const box = await page.locator('[data-testid=viewport]').boundingBox();
  const [cx, cy, r] = [box.x + box.width / 2, box.y + box.height / 2, Math.min(box.width, box.height) / 4];
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  const start = Date.now();
  let moves = 0;
  const sizes = new Set();
  while (Date.now() - start < ms) {
    const a = ((Date.now() - start) / 1000) * Math.PI; // half a turn per second
    await page.mouse.move(cx + r * Math.cos(a), cy + 0.5 * r * Math.sin(a));
    if (moves++ % 5 === 0) sizes.add(await bufferSize(page));
  }
  await page.mouse.up();
  return { moves, sizes: [...sizes] };
}

export default {
  id: 'orbitFps',
  title: 'Frames per second',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx, { query: KEEP_TRAINING });
    try {
      const paused = await idleFps(page, REF_MS);
      await startTraining(page);
      const training = await idleFps(page, REF_MS);
      const before = await trainingState(page);
      const stop = await startFrameCounter(page);
      const atRestBefore = await bufferSize(page);
      const { moves, sizes } = await orbit(page, DRAG_MS);
      const orbiting = await stop();
      const after = await trainingState(page);
      await page.waitForTimeout(1000);
      const atRest = await bufferSize(page);
      ctx.log(`  paused ${paused.fps.toFixed(1)}, training ${training.fps.toFixed(1)}, orbiting while training ${orbiting.fps.toFixed(1)} fps`);
      return {
        rows: [
          { metric: `fps while orbiting during training (${moves} drag moves; ${after.epoch - before.epoch} epochs meanwhile; longest frame ${orbiting.worstGapMs.toFixed(0)} ms)`, value: orbiting.fps, display: orbiting.fps.toFixed(1), target: `≥ ${TARGET_FPS}`, met: orbiting.fps >= TARGET_FPS },
          { metric: 'view frames drawn per s while orbiting (renders on demand)', value: orbiting.drawnFps, display: orbiting.drawnFps.toFixed(1), target: '', met: null },
          { metric: 'drawing buffer while orbiting → 1 s after (adaptive resolution: half while the camera moves, full at rest)', display: `${sizes.join(', ')} → ${atRest}`, target: `full at rest (${atRestBefore})`, met: atRest === atRestBefore },
          { metric: 'fps training, no input (reference; view frames drawn per s)', value: training.fps, display: `${training.fps.toFixed(1)} (${training.drawnFps.toFixed(1)})`, target: '', met: null },
          { metric: 'fps paused, no input (reference; view frames drawn per s)', value: paused.fps, display: `${paused.fps.toFixed(1)} (${paused.drawnFps.toFixed(1)})`, target: '', met: null },
        ],
        data: { orbiting, training, paused, moves, before, after, bufferWhileOrbiting: sizes, bufferAtRest: atRest, bufferBefore: atRestBefore, pageErrors: errors },
      };
    } finally {
      await context.close();
    }
  },
};
