import { describe, expect, it } from 'vitest';
import { TrajectoryStream } from './attackStream';

describe('TrajectoryStream', () => {
  it('sends the path so far at most once per interval, growing past its first buffer', () => {
    let t = 0;
    const sent: Float32Array[] = [];
    const s = new TrajectoryStream(
      2,
      (p) => sent.push(p),
      33,
      () => t,
    );
    for (let step = 0; step < 200; step++) {
      t = step; // one iterate per ms
      s.push([step, -step], step);
    }
    expect(s.length).toBe(200);
    // 200 ms at one message per 33 ms.
    expect(sent.length).toBe(6);
    const last = sent[sent.length - 1];
    expect(last.length).toBe(2 * 199);
    expect(Array.from(last.subarray(2 * 150, 2 * 151))).toEqual([150, -150]);
    // Each message is its own copy (its buffer is transferred away).
    expect(sent[0].buffer).not.toBe(sent[1].buffer);
  });

  it('sends nothing for an attack faster than one interval', () => {
    const sent: Float32Array[] = [];
    const s = new TrajectoryStream(
      3,
      (p) => sent.push(p),
      33,
      () => 0,
    );
    for (let step = 0; step < 10; step++) s.push([1, 2, 3], step);
    expect(sent).toEqual([]);
  });
});
