import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeClaimsImageApi } from '../../src/engine/claimsImageApi';
import type { ImageAdvOutcome } from '../../src/engine/claimsImageTypes';
import { advtrainMnist, advtrainRequest } from './advtrain-mnist';
import { diskSource } from './advtrain-ilyas-shared';

/** Every number of an outcome by its path, wall times left out (they are not results). */
function numbersOf(v: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof v === 'number') out.set(path, v);
  else if (ArrayBuffer.isView(v)) Array.from(v as unknown as ArrayLike<number>).forEach((x, i) => out.set(`${path}[${i}]`, x));
  else if (Array.isArray(v)) v.forEach((x, i) => numbersOf(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'seconds' && !path.endsWith('.table')) numbersOf(x, `${path}.${k}`, out);
  return out;
}

const relDiff = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b) ? 0 : Math.abs(a - b) / Math.max(1e-12, Math.abs(a), Math.abs(b)));

describe('adversarial training on MNIST-14: the Claims view worker and the CLI agree', () => {
  it('256 images, 1 epoch, same seed: equal numbers (1e-6 relative), progress and no tensors left', async () => {
    const argv = ['--dataset', 'mnist14', '--train-count', '256', '--test-count', '200', '--eval-count', '6', '--epochs', '1', '--eps', '0.5', '--steps', '5', '--seed', '3'];
    const cli = await advtrainMnist(argv, { log: () => {} });
    const tensors = tf.memory().numTensors;
    const api = makeClaimsImageApi(() => diskSource);
    const stages: string[] = [];
    const page = (await api.runImageClaim('advtrainImages', advtrainRequest(argv).req, 'unused', (p) => void stages.push(p.stage))) as ImageAdvOutcome;
    expect(tf.memory().numTensors).toBe(tensors);
    expect(page).not.toBeNull();
    const a = numbersOf(cli);
    const b = numbersOf(page);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBeGreaterThan(50);
    const worst = Math.max(...[...a].map(([k, v]) => relDiff(v, b.get(k)!)));
    expect(worst).toBeLessThanOrEqual(1e-6);
    // The run trained: the arms differ, 128 adversarial rows in the one epoch, a real accuracy.
    expect(page.arms[1].history[0].attacked).toBe(128);
    expect(page.arms[0].testAccuracy).toBeGreaterThan(0.2);
    expect(page.arms[0].history[0].loss).not.toBe(page.arms[1].history[0].loss);
    expect(stages.some((s) => s.startsWith('adversarial training'))).toBe(true);
  });

  it('a cancelled run returns null and a bad request says what is wrong', async () => {
    const api = makeClaimsImageApi(() => diskSource);
    const { req } = advtrainRequest(['--train-count', '256', '--epochs', '3', '--eval-count', '4']);
    const ctrl = new AbortController();
    const run = api.runImageClaim(
      'advtrainImages',
      req, 'unused', (p) => {
      if (p.stage.startsWith('standard training')) ctrl.abort();
    }, ctrl.signal);
    expect(await run).toBeNull();
    await expect(api.runImageClaim('advtrainImages', { ...req, norm: 'L1' as 'L2' }, 'unused')).rejects.toThrow('norm must be L2 or Linf');
    await expect(api.runImageClaim('advtrainImages', { ...req, eps: Number.NaN }, 'unused')).rejects.toThrow('eps must be a number');
  });
});
