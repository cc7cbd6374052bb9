import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('soak: 10,000 training steps and 500 attacks keep the tensor count flat and the heap bounded', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  // tfjs wasm so training allocates real tensors; a stop margin that is never reached.
  await openApp(page, '?backend=wasm&preset=custom&marginTarget=10&maxEpochs=10000&speed=1000000&gridTrain=16');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('1');
  const mem = () =>
    page.evaluate(async () => ({
      tensors: (await (window as any).__lab.controls.memory()).numTensors,
      heap: (performance as any).memory?.usedJSHeapSize ?? 0,
    }));
  const start = await mem();
  await page.getByTestId('play').click();
  const stopped = () =>
    page.waitForFunction(() => ['converged', 'max-epochs'].includes((window as any).__lab.store.getState().runState), undefined, {
      timeout: 240_000,
    });
  await stopped();
  // If the stop margin was reached first, playing on continues to the epoch cap.
  if ((await page.evaluate(() => (window as any).__lab.store.getState().runState)) === 'converged') {
    await page.getByTestId('play').click();
    await page.waitForFunction(() => (window as any).__lab.store.getState().runState === 'max-epochs', undefined, { timeout: 240_000 });
  }
  expect(await page.evaluate(() => (window as any).__lab.live.stats.epoch)).toBe(10000);
  const afterTraining = await mem();
  expect(afterTraining.tensors).toBe(start.tensors);

  const count = await page.evaluate(() => (window as any).__lab.store.getState().dataset.count);
  await page.evaluate(async (n) => {
    const lab = (window as any).__lab;
    for (let i = 0; i < 500; i++) {
      await lab.attacks.attackPoint(i % n);
    }
  }, count);
  const end = await mem();
  expect(end.tensors).toBe(start.tensors);
  // The page's heap stays within a generous bound of where it started (no per-step leak).
  if (start.heap > 0) expect(end.heap).toBeLessThan(start.heap * 3 + 64e6);
  expect(errors).toEqual([]);
});
