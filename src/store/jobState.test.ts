import { describe, expect, it } from 'vitest';
import { idleJob, runJob, type JobSlot, type JobState } from './jobState';

function slot<R>(): JobSlot<R> & { state: JobState<R> } {
  const s = { state: idleJob<R>(), get: () => s.state, set: (p: Partial<JobState<R>>) => void (s.state = { ...s.state, ...p }) };
  return s;
}

describe('runJob', () => {
  it('marks the job running with a cancel handle, then keeps its result', async () => {
    const s = slot<number>();
    let sawCancel = false;
    const r = await runJob(s, async (_progress, signal) => {
      sawCancel = s.state.running && typeof s.state.cancel === 'function' && !signal.aborted;
      return 42;
    });
    expect(sawCancel).toBe(true);
    expect(r).toBe(42);
    expect(s.state).toMatchObject({ running: false, result: 42, stage: 'done', error: null, cancel: null });
  });

  it('cancel aborts the signal the request got; a null reply leaves the last result', async () => {
    const s = slot<number>();
    s.state.result = 7;
    const r = await runJob(s, (_p, signal) => {
      s.state.cancel!();
      return Promise.resolve(signal.aborted ? null : 1);
    });
    expect(r).toBeNull();
    expect(s.state).toMatchObject({ running: false, result: 7, stage: 'cancelled' });
  });

  it('a failure lands in error; a second start while one runs is ignored', async () => {
    const s = slot<number>();
    let release!: () => void;
    const first = runJob(s, () => new Promise<number>((_, reject) => (release = () => reject(new Error('no scene')))));
    expect(await runJob(s, async () => 1)).toBeNull();
    release();
    expect(await first).toBeNull();
    expect(s.state).toMatchObject({ running: false, error: 'no scene', result: null });
  });

  it('drops a result that keep() refuses', async () => {
    const s = slot<number>();
    expect(await runJob(s, async () => 3, { keep: () => false })).toBeNull();
    expect(s.state.result).toBeNull();
  });
});
