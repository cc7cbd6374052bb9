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
    // Text this app never wrote (its first byte is no format) is unreadable, not "format 129".
    expect(decodePoints('garbage', 3, bounds, 2)).toBe(
      'the points in the link are not readable (the pts value is damaged or was not written by this app)',
    );
    const newer = Buffer.from(good, 'base64url');
    newer[0] = 3;
    expect(decodePoints(newer.toString('base64url'), 3, bounds, 2)).toMatch(/newer format \(3\) than this app reads \(up to 2\)/);
    expect(decodePoints(good, 2, bounds, 2)).toMatch(/3 coordinates, this manifold 2/);
    const badLabel = encodePoints({ n: 3, points: new Float32Array(6), labels: Int32Array.from([0, 5]) }, bounds);
    expect(decodePoints(badLabel, 3, bounds, 2)).toMatch(/label 5/);
    expect(decodePoints('', 3, bounds, 2)).toMatch(/truncated/);
  });
});

/** Format 1 as the app wrote it before: header + point-major little-endian u16 + labels. */
function formatOne(set: { n: number; points: Float32Array; labels: Int32Array }, b: typeof bounds): string {
  const count = set.labels.length;
  const bytes = new Uint8Array(4 + count * set.n * 2 + count);
  const v = new DataView(bytes.buffer);
  v.setUint8(0, 1);
  v.setUint8(1, set.n);
  v.setUint16(2, count, true);
  let o = 4;
  for (let i = 0; i < count * set.n; i++, o += 2)
    v.setUint16(o, Math.round(((set.points[i] - b.lo[i % set.n]) / (b.hi[i % set.n] - b.lo[i % set.n])) * 65535), true);
  for (let i = 0; i < count; i++) bytes[o++] = set.labels[i];
  return Buffer.from(bytes).toString('base64url');
}

/** 2,000 points (the app's maximum) uniform on the paper's plane z = 0.5, labels by a checkerboard. */
function planePoints(count: number) {
  let s = 12345;
  const r = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const points = new Float32Array(count * 3),
    labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    points.set([r(), r(), 0.5], 3 * i);
    labels[i] = (Math.floor(points[3 * i] * 5) + Math.floor(points[3 * i + 1] * 5)) % 2;
  }
  return { n: 3, points, labels };
}

describe('compressed points (format 2)', () => {
  it('2,000 points on the plane: round-trip within the step, and the text is measured', () => {
    const set = planePoints(2000);
    const text = encodePoints(set, bounds);
    const d = decodePoints(text, 3, bounds, 2);
    if (typeof d === 'string') throw new Error(d);
    d.points.forEach((v, i) => expect(Math.abs(v - set.points[i])).toBeLessThan(1.4 / 65535 + 1e-7));
    expect(Array.from(d.labels)).toEqual(Array.from(set.labels));
    expect(formatOne(set, bounds).length).toBe(18_672);
    // Two uniform random u16 axes do not compress (8,000 bytes of entropy); the constant z and
    // the labels do.
    expect(text.length).toBe(11_423);
  });

  it('still reads links written in format 1', () => {
    const set = planePoints(30);
    const d = decodePoints(formatOne(set, bounds), 3, bounds, 2);
    if (typeof d === 'string') throw new Error(d);
    d.points.forEach((v, i) => expect(Math.abs(v - set.points[i])).toBeLessThan(1.4 / 65535 + 1e-7));
  });

  it('refuses a deflate stream that inflates past the declared size (no zip bomb)', async () => {
    const { deflateSync } = await import('fflate');
    const bomb = deflateSync(new Uint8Array(10_000_000));
    const bytes = new Uint8Array(4 + bomb.length);
    bytes.set([2, 3, 2, 0]);
    bytes.set(bomb, 4);
    expect(decodePoints(Buffer.from(bytes).toString('base64url'), 3, bounds, 2)).toMatch(/truncated/);
  });
});

describe('link length of the paper scene', () => {
  it("the paper's 25 checkerboard points, measured", async () => {
    const { makeDataset } = await import('../core/datasets');
    const d = makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
    const text = encodePoints({ n: 3, points: d.points, labels: d.labels }, d.manifold.bounds);
    expect(text.length).toBe(75); // format 1: 240
  });
});
