import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './mnistChecksum';
import { encodeImageSet } from './mnistFormat';
import {
  decodeSplitBytes,
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
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
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
    expect(set.side).toBe(manifest.side);
    expect(set.n).toBe(manifest.side ** 2);
    expect(set.images.length).toBe(set.count * set.n);
    expect(labelCounts(set)).toEqual(info.labelCounts);
    // Every class is present and no class dominates (stratified split).
    for (const c of info.labelCounts) expect(c / set.count).toBeGreaterThan(0.05);
    let lo = Infinity,
      hi = -Infinity;
    for (const v of set.images) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    expect(lo).toBe(0);
    expect(hi).toBe(1);
    // Labels and pixels checksums agree with the manifest, section by section.
    const bytes = await decodeSplitBytes(await diskFetcher.bytes(info.file), info);
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

describe('shipped mnist28', () => {
  it('is 28x28, gzipped, and the same digits in the same order as mnist14 (2x2 means within 1/255)', async () => {
    for (const split of ['train', 'test'] as const) {
      const { set: big, manifest } = await loadImageSet('mnist28', split, diskFetcher);
      const { set: small } = await loadImageSet('mnist14', split, diskFetcher);
      expect(manifest.splits[split].encoding).toBe('gzip');
      expect(manifest.splits[split].encodedBytes).toBeLessThan(manifest.splits[split].bytes / 3);
      expect([big.n, big.side, big.count]).toEqual([784, 28, small.count]);
      expect(Array.from(big.labels)).toEqual(Array.from(small.labels));
      let worst = 0;
      for (let i = 0; i < big.count; i += 7) {
        const a = imageAt(big, i),
          b = imageAt(small, i);
        for (let r = 0; r < 14; r++)
          for (let c = 0; c < 14; c++) {
            const m = (a[56 * r + 2 * c] + a[56 * r + 2 * c + 1] + a[56 * r + 28 + 2 * c] + a[56 * r + 29 + 2 * c]) / 4;
            worst = Math.max(worst, Math.abs(m - b[14 * r + c]));
          }
      }
      expect(worst).toBeLessThanOrEqual(1 / 255 + 1e-6);
    }
  });
});

describe('decodeSplitBytes', () => {
  const header = { count: 2, rows: 28, cols: 28, numClasses: 10 };
  const plain = encodeImageSet(header, new Uint8Array(2 * 784).fill(3), Uint8Array.from([1, 2]));
  const info = {
    file: 'x.bin.gz',
    encoding: 'gzip' as const,
    count: 2,
    bytes: plain.length,
    pixelOffset: 20,
    labelOffset: 20 + 1568,
    sha256: sha256Hex(plain),
    pixelsSha256: '0'.repeat(64),
    labelsSha256: '0'.repeat(64),
    labelCounts: [],
  };

  it('gunzips a gzipped split and passes through one a server already decoded', async () => {
    expect(Array.from(await decodeSplitBytes(gzipSync(plain), info))).toEqual(Array.from(plain));
    expect(await decodeSplitBytes(plain, info)).toBe(plain);
    expect(await decodeSplitBytes(plain, { ...info, encoding: undefined })).toBe(plain);
  });
  it('says what is wrong with corrupt or foreign bytes', async () => {
    const gz = gzipSync(plain);
    await expect(decodeSplitBytes(gz.subarray(0, gz.length - 9), info)).rejects.toThrow(/x\.bin\.gz: gzip data is corrupt/);
    await expect(decodeSplitBytes(Uint8Array.from([0x3c, 0x21, 0x64, 0x6f]), info)).rejects.toThrow(
      /neither gzip nor an image set file \(first bytes 3c 21 64 6f\)/,
    );
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
    const badMagic = good.slice();
    badMagic[0] = 0x58;
    expect(() => parseImageSet(badMagic)).toThrow(/magic/);
    const badLabel = good.slice();
    badLabel[badLabel.length - 1] = 12;
    expect(() => parseImageSet(badLabel)).toThrow(/label 12/);
  });
  it('verifyImageSetBytes catches a flipped byte', () => {
    const info = {
      file: 'x.bin',
      count: 3,
      bytes: good.length,
      pixelOffset: 20,
      labelOffset: 20 + 588,
      sha256: sha256Hex(good),
      pixelsSha256: '0'.repeat(64),
      labelsSha256: '0'.repeat(64),
      labelCounts: [],
    };
    expect(() => verifyImageSetBytes(good, info)).not.toThrow();
    const flipped = good.slice();
    flipped[100] ^= 1;
    expect(() => verifyImageSetBytes(flipped, info)).toThrow(/sha256/);
  });
  it('rejects an invalid manifest', () => {
    expect(() => parseImageSetManifest({ id: 'x' })).toThrow(/invalid/);
  });
});
