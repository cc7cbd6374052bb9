import { describe, expect, it } from 'vitest';
import { makeDataset } from '../core/datasets';
import { PAPER_RECIPE } from '../core/model/trainConfig';
import type { EngineEvent, RunState } from './protocol';
import { Session } from './session';

/** A converged paper 3-D run on the plain-JS trainer, small grids (the boundary is not under test). */
async function convergedSession(): Promise<{ session: Session; states: RunState[] }> {
  const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
  const states: RunState[] = [];
  const onEvent = (e: EngineEvent) => void (e.type === 'stats' && states.push(e.state));
  const scene = { spec: d.spec, points: d.points, labels: d.labels, numClasses: 2 };
  const session = new Session(scene, { ...PAPER_RECIPE, seed: 1, maxEpochs: 2000 }, { trainingRes: 8, pausedRes: 8 }, onEvent, true);
  await session.start();
  session.setSpeed(1e6);
  session.play();
  const t0 = Date.now();
  while (states.at(-1) !== 'converged' && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
  return { session, states };
}

describe('play on a stopped run', () => {
  it('without pastStop leaves a converged run converged; a plain play goes on past the stop rule', async () => {
    const { session, states } = await convergedSession();
    expect(states.at(-1)).toBe('converged');
    const n = states.length;
    session.play(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(states.slice(n).every((s) => s === 'converged')).toBe(true);
    session.play();
    await new Promise((r) => setTimeout(r, 100));
    expect(states.slice(n)).toContain('running');
    session.pause();
    session.dispose();
  }, 90_000);

  it('a play that arrives while the session is starting stands', async () => {
    const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
    const states: RunState[] = [];
    const scene = { spec: d.spec, points: d.points, labels: d.labels, numClasses: 2 };
    const onEvent = (e: EngineEvent) => void (e.type === 'stats' && states.push(e.state));
    const session = new Session(scene, { ...PAPER_RECIPE, seed: 1 }, { trainingRes: 8, pausedRes: 8 }, onEvent, true);
    const starting = session.start();
    session.play(); // the worker runs calls concurrently: this one lands mid-start
    await starting;
    await new Promise((r) => setTimeout(r, 50));
    expect(states).toContain('running');
    expect(states.at(-1)).not.toBe('paused');
    session.pause();
    session.dispose();
  });
});
