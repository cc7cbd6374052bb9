import { afterEach, describe, expect, it } from 'vitest';
import type { EngineClient } from '../engine/client';
import { sessionCommand, setEngine } from './engineHandle';

const fakeEngine = {} as EngineClient;
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('session commands', () => {
  afterEach(() => setEngine(null));

  it('run one at a time in the order given: a play sent during a slow rebuild reaches the new session', async () => {
    setEngine({ engine: fakeEngine, worker: {} as Worker });
    const log: string[] = [];
    const load = sessionCommand(async () => {
      log.push('load start');
      await later(30);
      log.push('load end');
    });
    const play = sessionCommand(() => void log.push('play'));
    await Promise.all([load, play]);
    expect(log).toEqual(['load start', 'load end', 'play']);
  });

  it('a command given before a rebuild is skipped (its session is being replaced); one given after runs', async () => {
    setEngine({ engine: fakeEngine, worker: {} as Worker });
    const log: string[] = [];
    const step = sessionCommand(() => void log.push('step on the old session'));
    const play = sessionCommand(() => void log.push('play on the old session'));
    const load = sessionCommand(() => void log.push('load'), { rebuild: true });
    const playAfter = sessionCommand(() => void log.push('play on the new session'));
    await Promise.all([step, play, load, playAfter]);
    expect(log).toEqual(['load', 'play on the new session']);
  });

  it('a failed command rejects its caller and does not block the next', async () => {
    setEngine({ engine: fakeEngine, worker: {} as Worker });
    const failed = sessionCommand(() => Promise.reject(new Error('worker gone')));
    const next = sessionCommand(() => 'ran');
    await expect(failed).rejects.toThrow('worker gone');
    await expect(next).resolves.toBe('ran');
  });

  it('a restarted engine starts a fresh chain (a dead worker’s call never settles), and no engine runs nothing', async () => {
    setEngine({ engine: fakeEngine, worker: {} as Worker });
    void sessionCommand(() => new Promise(() => undefined)); // hangs forever, like a call to a dead worker
    setEngine({ engine: fakeEngine, worker: {} as Worker });
    await expect(sessionCommand((e) => e === fakeEngine)).resolves.toBe(true);
    setEngine(null);
    let ran = false;
    await expect(sessionCommand(() => (ran = true))).resolves.toBeUndefined();
    expect(ran).toBe(false);
  });
});
