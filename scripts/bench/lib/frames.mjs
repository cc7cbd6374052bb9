/**
 * Frame counting in the page: requestAnimationFrame callbacks over a window, and the frames the
 * main view actually drew (it renders on demand; window.__lab.live.frames counts them).
 */

/** Starts counting; the returned function stops and reports { frames, ms, fps, worstGapMs }. */
export async function startFrameCounter(page) {
  await page.evaluate(() => {
    const c = { n: 0, t0: performance.now(), last: performance.now(), worst: 0, stop: false, drawn0: window.__lab.live.frames };
    window.__frameCounter = c;
    const tick = (t) => {
      c.n++;
      c.worst = Math.max(c.worst, t - c.last);
      c.last = t;
      if (!c.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      const c = window.__frameCounter;
      c.stop = true;
      const ms = performance.now() - c.t0;
      const drawn = window.__lab.live.frames - c.drawn0;
      return { frames: c.n, ms, fps: (c.n * 1000) / ms, worstGapMs: c.worst, drawn, drawnFps: (drawn * 1000) / ms };
    });
}

/** Frames per second over `ms` with nothing else going on from the driver. */
export async function idleFps(page, ms) {
  const stop = await startFrameCounter(page);
  await page.waitForTimeout(ms);
  return stop();
}
