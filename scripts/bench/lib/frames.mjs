/** Frame counting in the page: requestAnimationFrame callbacks over a window. */

/** Starts counting; the returned function stops and reports { frames, ms, fps, worstGapMs }. */
export async function startFrameCounter(page) {
  await page.evaluate(() => {
    const c = { n: 0, t0: performance.now(), last: performance.now(), worst: 0, stop: false };
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
      return { frames: c.n, ms, fps: (c.n * 1000) / ms, worstGapMs: c.worst };
    });
}

/** Frames per second over `ms` with nothing else going on from the driver. */
export async function idleFps(page, ms) {
  const stop = await startFrameCounter(page);
  await page.waitForTimeout(ms);
  return stop();
}
