import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './mnistChecksum';
import { encodeImageSet } from './mnistFormat';
import {
  IMAGE_DATASET_IDS,
  imageAt,
  labelCounts,
  loadImageSet,
  parseImageSet,
  parseImageSetManifest,
  verifyImageSetBytes,
  type ImageSetFetcher,
} from './mnist14';

const DATA_DIR = join(__dirname, '..', '..', '..', 'public', 'data');
const diskFetcher: ImageSetFetcher = {
  bytes: async (p) => new Uint8Array(readFileSync(join(DATA_DIR, p))),
  json: async (p) => JSON.parse(readFileSync(join(DATA_DIR, p), 'utf8')),
};

describe('sha256Hex', () => {
  it('matches node:crypto on the standard vectors and odd lengths', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (const len of [0, 55, 56, 64, 1000]) {
      const d = Uint8Array.from({ length: len }, (_, i) => (i * 37) & 255);
      expect(sha256Hex(d)).toBe(createHash('sha256').update(d).digest('hex'));
    }
  });
});

describe.each(IMAGE_DATASET_IDS)('shipped %s', (id) => {
  const manifest = parseImageSetManifest(JSON.parse(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8')));

  it.each(['train', 'test'] as const)('%s split loads, verifies and matches its manifest', async (split) => {
    const { set } = await loadImageSet(id, split, diskFetcher);
    const info = manifest.splits[split];
    expect(set.count).toBe(info.count);
    expect(set.n).toBe(196);
    expect(set.side).toBe(14);
    expect(set.images.length).toBe(set.count * 196);
    expect(labelCounts(set)).toEqual(info.labelCounts);
    // Every class is present and no class dominates (stratified split).
    for (const c of info.labelCounts) expect(c / set.count).toBeGreaterThan(0.05);
    let lo = Infinity, hi = -Infinity;
    for (const v of set.images) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    expect(lo).toBe(0);
    expect(hi).toBe(1);
    // Labels and pixels checksums agree with the manifest, section by section.
    const bytes = await diskFetcher.bytes(info.file) as Uint8Array;
    expect(sha256Hex(bytes.subarray(info.labelOffset))).toBe(info.labelsSha256);
    expect(sha256Hex(bytes.subarray(info.pixelOffset, info.labelOffset))).toBe(info.pixelsSha256);
  });

  it('train and test splits are disjoint', async () => {
    const { set: tr } = await loadImageSet(id, 'train', diskFetcher);
    const { set: te } = await loadImageSet(id, 'test', diskFetcher);
    const key = (x: Float32Array) => Array.from(x, (v) => Math.round(v * 255)).join(',');
    const seen = new Set<string>();
    for (let i = 0; i < tr.count; i++) seen.add(key(imageAt(tr, i)));
    let shared = 0;
    for (let i = 0; i < te.count; i++) if (seen.has(key(imageAt(te, i)))) shared++;
    expect(shared).toBe(0);
  });
});

describe('parseImageSet errors', () => {
  const header = { count: 3, rows: 14, cols: 14, numClasses: 10 };
  const good = encodeImageSet(header, new Uint8Array(3 * 196).fill(7), Uint8Array.from([0, 5, 9]));

  it('parses a well-formed file', () => {
    const s = parseImageSet(good);
    expect(s.count).toBe(3);
    expect(Array.from(s.labels)).toEqual([0, 5, 9]);
    expect(s.images[0]).toBeCloseTo(7 / 255, 7);
  });
  it('rejects truncated, oversized, wrong-magic and bad-label files', () => {
    expect(() => parseImageSet(good.subarray(0, 10))).toThrow(/header/);
    expect(() => parseImageSet(good.subarray(0, good.length - 1))).toThrow(/truncated/);
    expect(() => parseImageSet(Uint8Array.from([...good, 0]))).toThrow(/trailing/);
    const badMagic = good.slice(); badMagic[0] = 0x58;
    expect(() => parseImageSet(badMagic)).toThrow(/magic/);
    const badLabel = good.slice(); badLabel[badLabel.length - 1] = 12;
    expect(() => parseImageSet(badLabel)).toThrow(/label 12/);
  });
  it('verifyImageSetBytes catches a flipped byte', () => {
    const info = { file: 'x.bin', count: 3, bytes: good.length, pixelOffset: 20, labelOffset: 20 + 588,
      sha256: sha256Hex(good), pixelsSha256: '0'.repeat(64), labelsSha256: '0'.repeat(64), labelCounts: [] };
    expect(() => verifyImageSetBytes(good, info)).not.toThrow();
    const flipped = good.slice(); flipped[100] ^= 1;
    expect(() => verifyImageSetBytes(flipped, info)).toThrow(/sha256/);
  });
  it('rejects an invalid manifest', () => {
    expect(() => parseImageSetManifest({ id: 'x' })).toThrow(/invalid/);
  });
});
