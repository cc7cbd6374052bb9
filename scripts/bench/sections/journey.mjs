import { openLab } from '../lib/lab.mjs';
import { KEEP_TRAINING, startTraining, trainingState } from '../lib/training.mjs';

/**
 * A lecturer's journey, with a long-task observer installed before load: open the app, train
 * the paper 3-D preset to convergence, pause at several epochs on the way, scrub the timeline,
 * open the epoch panels, then walk every lecture step at 1280×720 in presenter view. Reports the
 * longest main-thread task at start-up and after it. Then, on a run that keeps training: the
 * training rate with the view idle against the view hidden (display: none), over equal windows.
 */
const STARTUP_TARGET_MS = 200;
const AFTER_TARGET_MS = 50;
const RATE_WINDOW_MS = 5000;
const OBSERVER = `
  window.__longTasks = [];
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > 100) window.__longFrames.push({ start: e.startTime, duration: e.duration,
        scripts: (e.scripts || []).filter((s) => s.duration > 20).map((s) => ({ duration: s.duration, invoker: s.invoker, fn: s.sourceFunctionName, at: s.sourceCharPosition })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

const state = (page) => page.evaluate(() => window.__lab.store.getState().runState);

async function walk(page, log) {
  const marks = {};
  const now = () => page.evaluate(() => performance.now());
  marks.startupEnd = await now();
  // Train to convergence, pausing at a few epochs on the way.
  for (const at of [10, 30, 100]) {
    await page.click('[data-testid=play]');
    await page.waitForFunction((e) => (window.__lab.live.stats?.epoch ?? 0) >= e || window.__lab.store.getState().runState !== 'running', at, { timeout: 60_000 });
    if ((await state(page)) === 'running') await page.click('[data-testid=play]');
    await page.waitForTimeout(300);
  }
  await page.click('[data-testid=play]');
  await page.waitForFunction(() => ['converged', 'max-epochs'].includes(window.__lab.store.getState().runState), null, { timeout: 90_000 });
  marks.trained = await now();
  // Scrub back through the timeline and forth again.
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  await page.keyboard.press('p');
  await page.waitForTimeout(2000);
  await page.keyboard.press('Escape');
  marks.scrubbed = await now();
  // The lecture at projector size, presenter view.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('l');
  await page.keyboard.press('f');
  const steps = await page.evaluate(() => window.__lab.lectureSteps.length);
  for (let i = 1; i < steps; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(2500);
  }
  await page.keyboard.press('Escape');
  marks.lecture = await now();
  log(`  journey marks (ms): ${JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)])))}`);
  return marks;
}

async function rate(page, hidden) {
  await page.evaluate((h) => (document.querySelector('.stage').style.display = h ? 'none' : ''), hidden);
  await page.waitForTimeout(800);
  const a = await trainingState(page);
  const t0 = Date.now();
  await page.waitForTimeout(RATE_WINDOW_MS);
  const b = await trainingState(page);
  return ((b.epoch - a.epoch) * 1000) / (Date.now() - t0);
}

export default {
  id: 'journey',
  title: 'A lecturer’s journey: long tasks, training rate with the view idle',
  async run(ctx) {
    const rows = [];
    const data = {};
    const { page, context, errors } = await openLab(ctx, { query: 'preset=paper-plane&seed=1', initScript: OBSERVER });
    try {
      const marks = await walk(page, ctx.log);
      const { tasks, frames } = await page.evaluate(() => ({ tasks: window.__longTasks, frames: window.__longFrames }));
      const startup = tasks.filter((t) => t.start < marks.startupEnd);
      const after = tasks.filter((t) => t.start >= marks.startupEnd);
      const longest = (xs) => Math.max(0, ...xs.map((t) => t.duration));
      const phase = (from, to) => longest(after.filter((t) => t.start >= from && t.start < to));
      data.tasks = { startup, after, marks, longFrames: frames };
      rows.push({ metric: `longest task at start-up ms (${startup.length} over 50 ms)`, value: longest(startup), display: longest(startup).toFixed(0), target: `≤ ${STARTUP_TARGET_MS}`, met: longest(startup) <= STARTUP_TARGET_MS });
      rows.push({
        metric: `longest task after start-up ms (${after.length} over 50 ms; longest while training ${phase(marks.startupEnd, marks.trained).toFixed(0)}, scrubbing + panels ${phase(marks.trained, marks.scrubbed).toFixed(0)}, lecture ${phase(marks.scrubbed, marks.lecture).toFixed(0)})`,
        value: longest(after),
        display: longest(after).toFixed(0),
        target: `≤ ${AFTER_TARGET_MS}`,
        met: longest(after) <= AFTER_TARGET_MS,
      });
      data.pageErrors = errors;
    } finally {
      await context.close();
    }
    // Fast enough that the worker, not the tick, sets the pace (the default 1 epoch per tick would cap both at ~60/s).
    const r = await openLab(ctx, { query: `${KEEP_TRAINING}&speed=200` });
    try {
      await startTraining(r.page);
      await r.page.waitForTimeout(1000);
      const idle = await rate(r.page, false);
      const hidden = await rate(r.page, true);
      data.rate = { idle, hidden };
      rows.push({ metric: 'training epochs/s, paper 3-D recipe, view idle (no input)', value: idle, display: idle.toFixed(0), target: '', met: null });
      rows.push({ metric: 'training epochs/s, view hidden (display: none); idle / hidden', value: hidden, display: `${hidden.toFixed(0)} (${(idle / hidden).toFixed(2)})`, target: '', met: null });
    } finally {
      await r.context.close();
    }
    return { rows, data };
  },
};
