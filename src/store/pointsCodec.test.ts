import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints } from './pointsCodec';

const bounds = { lo: [-0.2, -0.2, -0.2], hi: [1.2, 1.2, 1.2] };

describe('points in the URL', () => {
  it('round-trips within the quantisation step', () => {
    const points = Float32Array.from({ length: 75 }, (_, i) => ((i * 0.137) % 1.4) - 0.2);
    const labels = Int32Array.from({ length: 25 }, (_, i) => i % 2);
    const text = encodePoints({ n: 3, points, labels }, bounds);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    const d = decodePoints(text, 3, bounds, 2);
    if (typeof d === 'string') throw new Error(d);
    expect(Array.from(d.labels)).toEqual(Array.from(labels));
    d.points.forEach((v, i) => expect(Math.abs(v - points[i])).toBeLessThan(1.4 / 65535 + 1e-7));
  });

  it('rejects damaged, truncated and mismatched data with a reason', () => {
    const good = encodePoints({ n: 3, points: new Float32Array(6), labels: Int32Array.from([0, 1]) }, bounds);
    expect(decodePoints(good.slice(0, -4), 3, bounds, 2)).toMatch(/truncated/);
    expect(decodePoints(good.slice(0, -3), 3, bounds, 2)).toMatch(/truncated|not readable/);
    expect(decodePoints('!!!', 3, bounds, 2)).toMatch(/not readable/);
    expect(decodePoints(good, 2, bounds, 2)).toMatch(/3 coordinates, this manifold 2/);
    const badLabel = encodePoints({ n: 3, points: new Float32Array(6), labels: Int32Array.from([0, 5]) }, bounds);
    expect(decodePoints(badLabel, 3, bounds, 2)).toMatch(/label 5/);
    expect(decodePoints('', 3, bounds, 2)).toMatch(/truncated/);
  });
});
