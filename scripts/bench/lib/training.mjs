/**
 * Helpers for the sections that measure the page while the default scene trains.
 * KEEP_TRAINING: the default scene with its stop rule out of reach (margin 10, 10⁶ epochs),
 * so the network is still training at the end of the window instead of converging early.
 */
export const KEEP_TRAINING = 'marginTarget=10&maxEpochs=1000000';

/** Press play (as a person would) and wait until the engine reports it is running. */
export async function startTraining(page) {
  await page.click('[data-testid=play]');
  await page.waitForFunction(() => window.__lab.store.getState().runState === 'running', null, { timeout: 10_000 });
}

/** Epoch and run state now (to show that training went on during the window). */
export function trainingState(page) {
  return page.evaluate(() => ({ epoch: window.__lab.live.stats?.epoch ?? 0, runState: window.__lab.store.getState().runState, stepsPerSecond: window.__lab.live.stats?.stepsPerSecond ?? 0 }));
}
