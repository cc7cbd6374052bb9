// A request's progress and cancellation travel with the call: Comlink over a real MessageChannel.
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import './abortSignalTransfer';
import { withJob } from './jobControl';
import type { JobProgress, ProgressCallback } from './jobTypes';

/** A worker-like job: `steps` steps, yielding between them, stopping when aborted. */
const api = {
  async count(steps: number, progress?: ProgressCallback, signal?: AbortSignal): Promise<{ done: number; cancelled: boolean }> {
    return withJob(progress, signal, async (job) => {
      let done = 0;
      while (done < steps && !job.shouldStop()) {
        done++;
        job.tellEach({ stage: 'counting', done, total: steps });
        await job.pause();
      }
      return { done, cancelled: job.shouldStop() };
    });
  },
};

let channels: MessageChannel[] = [];
function connect(): Comlink.Remote<typeof api> {
  const ch = new MessageChannel();
  channels.push(ch);
  Comlink.expose(api, ch.port1 as unknown as Comlink.Endpoint);
  return Comlink.wrap<typeof api>(ch.port2 as unknown as Comlink.Endpoint);
}

afterEach(() => {
  for (const ch of channels) {
    ch.port1.close();
    ch.port2.close();
  }
  channels = [];
});

describe('jobs over Comlink', () => {
  it('progress arrives through the call’s own callback, the result as its reply', async () => {
    const remote = connect();
    const seen: JobProgress[] = [];
    const res = await remote.count(
      5,
      Comlink.proxy((p: JobProgress) => void seen.push(p)),
    );
    expect(res).toEqual({ done: 5, cancelled: false });
    // Progress messages travel on the callback's own port: wait for the last one.
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.every((p) => p.total === 5 && p.stage === 'counting')).toBe(true);
  });

  it('an AbortSignal passed with the call stops the job on the other side', async () => {
    const remote = connect();
    const controller = new AbortController();
    const progress = Comlink.proxy((p: JobProgress) => {
      if (p.done === 3) controller.abort();
    });
    const res = await remote.count(10_000, progress, controller.signal);
    expect(res.cancelled).toBe(true);
    expect(res.done).toBeGreaterThanOrEqual(3);
    expect(res.done).toBeLessThan(100);
  });

  it('a signal aborted before the call stops the job at once', async () => {
    const remote = connect();
    const controller = new AbortController();
    controller.abort();
    const res = await remote.count(50, undefined, controller.signal);
    expect(res.done).toBeLessThanOrEqual(1);
    expect(res.cancelled).toBe(true);
  });
});
