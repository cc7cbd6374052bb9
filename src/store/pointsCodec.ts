import type { PointSet } from './pointHistory';
import { MAX_POINTS } from './pointHistory';

/**
 * Edited points in a URL, compact and versioned: base64url of
 * [version u8][n u8][count u16] + count·n coordinates quantised to u16 over the view box
 * + count labels (u8). 25 points in 3-D take ~240 characters; precision is box/65535.
 */
const VERSION = 1;

export function encodePoints(set: PointSet, bounds: { lo: number[]; hi: number[] }): string {
  const count = set.labels.length;
  const bytes = new Uint8Array(4 + count * set.n * 2 + count);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint8(1, set.n);
  view.setUint16(2, count, true);
  let o = 4;
  for (let i = 0; i < count * set.n; i++) {
    const a = i % set.n;
    const t = (set.points[i] - bounds.lo[a]) / (bounds.hi[a] - bounds.lo[a]);
    view.setUint16(o, Math.round(Math.min(1, Math.max(0, t)) * 65535), true);
    o += 2;
  }
  for (let i = 0; i < count; i++) bytes[o++] = set.labels[i];
  return toBase64Url(bytes);
}

export function decodePoints(text: string, n: number, bounds: { lo: number[]; hi: number[] }, numClasses: number): PointSet | string {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch {
    return 'the points in the link are not readable';
  }
  if (bytes.length < 4) return 'the points in the link are truncated';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== VERSION) return `the points in the link use format ${view.getUint8(0)}, not ${VERSION}`;
  if (view.getUint8(1) !== n) return `the points in the link have ${view.getUint8(1)} coordinates, this manifold ${n}`;
  const count = view.getUint16(2, true);
  if (count < 2 || count > MAX_POINTS) return `the link holds ${count} points (2 to ${MAX_POINTS} allowed)`;
  if (bytes.length !== 4 + count * n * 2 + count) return 'the points in the link are truncated';
  const points = new Float32Array(count * n);
  let o = 4;
  for (let i = 0; i < count * n; i++) {
    const a = i % n;
    points[i] = bounds.lo[a] + (view.getUint16(o, true) / 65535) * (bounds.hi[a] - bounds.lo[a]);
    o += 2;
  }
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = bytes[o++];
    if (labels[i] >= numClasses) return `a point in the link has label ${labels[i]}`;
  }
  return { n, points, labels };
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('bad characters');
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}
