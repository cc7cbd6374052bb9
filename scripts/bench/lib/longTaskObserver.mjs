/**
 * An init script (runs before the app's own code) that records main-thread long tasks (Long
 * Tasks API: tasks over 50 ms) in window.__longTasks, and long animation frames (LoAF) with
 * their script attribution in window.__longFrames, to say what a long task was. Frames shorter
 * than `minFrameMs` are not kept.
 */
export function longTaskObserver({ minFrameMs = 50 } = {}) {
  return `
  window.__longTasks = [];
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > ${minFrameMs}) window.__longFrames.push({ start: e.startTime, duration: e.duration,
        renderMs: e.renderStart ? e.startTime + e.duration - e.renderStart : null,
        scripts: (e.scripts || []).filter((s) => s.duration > 20).map((s) => ({ duration: s.duration, invoker: s.invoker, fn: s.sourceFunctionName, url: (s.sourceURL || '').split('/').pop(), at: s.sourceCharPosition })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;
}

/** What the observer recorded so far. */
export const readLongTasks = (page) => page.evaluate(() => ({ tasks: window.__longTasks, frames: window.__longFrames }));
