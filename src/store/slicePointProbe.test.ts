import { afterEach, describe, expect, it } from 'vitest';
import type { EngineClient } from '../engine/client';
import type { SlicePointRequest, SlicePointResult } from '../engine/slicePointProbe';
import { setEngine } from './engineHandle';
import { slicePointProber } from './slicePointProbe';

const req = (a: number): SlicePointRequest => ({
  network: { kind: 'lab' },
  x0: new Float32Array(1),
  axes: [new Float32Array([1])],
  coords: [a],
  cls: 0,
});

/** An engine whose answers wait until `release` is called; it records the coordinates it was asked for. */
function slowEngine() {
  const asked: number[] = [];
  const waiting: (() => void)[] = [];
  const engine = {
    slicePointProbe: (r: SlicePointRequest) =>
      new Promise<SlicePointResult>((ok) => {
        asked.push(r.coords[0]);
        waiting.push(() =>
          ok({ coords: r.coords, pixels: new Float32Array(1), logits: null, predicted: null, margin: null, missing: 'test' }),
        );
      }),
  } as unknown as EngineClient;
  setEngine({ engine, worker: {} as Worker });
  return { asked, release: () => waiting.shift()?.(), pending: () => waiting.length };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('hover requests to the worker', () => {
  afterEach(() => setEngine(null));

  it('keeps one request in flight and, after it, sends only the latest hover', async () => {
    const e = slowEngine();
    const got: [number, string][] = [];
    const p = slicePointProber<string>(
      (r, tag) => got.push([r.coords[0], tag]),
      (m) => got.push([NaN, m]),
      async () => undefined,
    );
    for (let a = 1; a <= 5; a++) p.request(req(a), `t${a}`);
    await settle();
    expect(e.asked).toEqual([1]);
    e.release();
    await settle();
    expect(e.asked).toEqual([1, 5]);
    e.release();
    await settle();
    expect(got).toEqual([
      [1, 't1'],
      [5, 't5'],
    ]);
  });

  it('drops the answer in flight after clear, and reports a missing engine in words', async () => {
    const e = slowEngine();
    const got: number[] = [];
    const errors: string[] = [];
    const p = slicePointProber<null>(
      (r) => got.push(r.coords[0]),
      (m) => errors.push(m),
      async () => undefined,
    );
    p.request(req(1), null);
    await settle();
    p.clear();
    e.release();
    await settle();
    expect(got).toEqual([]);
    setEngine(null);
    p.request(req(2), null);
    await settle();
    expect(errors).toEqual(['the engine is not running']);
  });
});
