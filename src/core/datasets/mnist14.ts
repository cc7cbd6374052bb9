/**
 * Loader for the shipped image sets (MNIST-14, MNIST-28, Fashion-MNIST-14; docs/science.md §3).
 * Pure TypeScript: parses the bytes written by scripts/data/prepare-image-sets.ts (layout in
 * mnistFormat.ts), gunzips a gzipped split (DecompressionStream, in the page, the worker and
 * Node >= 18) and verifies it against the JSON manifest.
 */
import { sha256Hex } from './mnistChecksum';
import {
  IMAGE_SET_HEADER_BYTES,
  IMAGE_SET_MAGIC,
  IMAGE_SET_VERSION,
  imageSetLayout,
  imageSetManifestSchema,
  type ImageSetManifest,
  type ImageSetSplitInfo,
} from './mnistFormat';

/** The shipped image data sets (public/data/): MNIST at 14x14 and 28x28, Fashion-MNIST at 14x14. */
export const IMAGE_DATASET_IDS = ['mnist14', 'mnist28', 'fmnist14'] as const;
export type ImageDatasetId = (typeof IMAGE_DATASET_IDS)[number];
export type ImageSplit = 'train' | 'test';
/** How the app names each shipped set (its manifest's `name`, typeset). */
export const IMAGE_DATASET_LABELS: Record<ImageDatasetId, string> = {
  mnist14: 'MNIST 14×14',
  mnist28: 'MNIST 28×28',
  fmnist14: 'Fashion-MNIST 14×14',
};

/** Type guard for a dataset id from a command line or a URL. */
export function isImageDatasetId(v: unknown): v is ImageDatasetId {
  return typeof v === 'string' && (IMAGE_DATASET_IDS as readonly string[]).includes(v);
}

/** A labelled image set: images row-major count x n, intensities in [0, 1]. */
export interface ImageSet {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly count: number;
  /** Pixels per image (side * side: 196 or 784). */
  readonly n: number;
  readonly side: number;
  readonly numClasses: number;
}

function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Parses one .bin split; throws a clear error for a wrong magic, a truncated or oversized file, or bad labels. */
export function parseImageSet(data: ArrayBuffer | Uint8Array, name = 'image set'): ImageSet {
  const bytes = asBytes(data);
  if (bytes.length < IMAGE_SET_HEADER_BYTES) {
    throw new Error(`${name}: ${bytes.length} bytes is shorter than the ${IMAGE_SET_HEADER_BYTES}-byte header (truncated file?)`);
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== IMAGE_SET_MAGIC) throw new Error(`${name}: bad magic "${magic}", expected "${IMAGE_SET_MAGIC}" (not an image set file?)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint16(4, true);
  if (version !== IMAGE_SET_VERSION) throw new Error(`${name}: unsupported format version ${version}`);
  const header = {
    count: dv.getUint32(8, true),
    rows: dv.getUint16(12, true),
    cols: dv.getUint16(14, true),
    numClasses: dv.getUint16(16, true),
  };
  if (header.rows !== header.cols || header.rows === 0)
    throw new Error(`${name}: images must be square, got ${header.rows}x${header.cols}`);
  if (header.count === 0 || header.numClasses < 2)
    throw new Error(`${name}: bad header (count ${header.count}, ${header.numClasses} classes)`);
  const lay = imageSetLayout(header);
  if (bytes.length !== lay.totalBytes) {
    const what = bytes.length < lay.totalBytes ? 'truncated' : 'has trailing bytes';
    throw new Error(
      `${name}: file ${what}: ${bytes.length} bytes, header says ${lay.totalBytes} (${header.count} images of ${header.rows}x${header.cols})`,
    );
  }
  const n = header.rows * header.cols;
  const images = new Float32Array(lay.pixelBytes);
  for (let i = 0; i < lay.pixelBytes; i++) images[i] = bytes[lay.pixelOffset + i] / 255;
  const labels = new Int32Array(header.count);
  for (let i = 0; i < header.count; i++) {
    const l = bytes[lay.labelOffset + i];
    if (l >= header.numClasses) throw new Error(`${name}: label ${l} of image ${i} is outside 0..${header.numClasses - 1} (corrupt file?)`);
    labels[i] = l;
  }
  return { images, labels, count: header.count, n, side: header.rows, numClasses: header.numClasses };
}

/** Validates a parsed manifest JSON (throws with the zod issue list). */
export function parseImageSetManifest(json: unknown): ImageSetManifest {
  const r = imageSetManifestSchema.safeParse(json);
  if (!r.success) throw new Error(`image set manifest is invalid: ${r.error.message}`);
  return r.data;
}

/** Throws unless the file's size and sha256 match its manifest entry. */
export function verifyImageSetBytes(data: ArrayBuffer | Uint8Array, info: ImageSetSplitInfo): void {
  const bytes = asBytes(data);
  if (bytes.length !== info.bytes) throw new Error(`${info.file}: ${bytes.length} bytes, manifest says ${info.bytes}`);
  const sum = sha256Hex(bytes);
  if (sum !== info.sha256) throw new Error(`${info.file}: sha256 ${sum} does not match the manifest's ${info.sha256}`);
}

/** Label histogram (length numClasses). */
export function labelCounts(set: Pick<ImageSet, 'labels' | 'numClasses'>): number[] {
  const counts = new Array<number>(set.numClasses).fill(0);
  for (const l of set.labels) counts[l]++;
  return counts;
}

/** One image (a view, length n) of a set. */
export function imageAt(set: ImageSet, i: number): Float32Array {
  if (i < 0 || i >= set.count) throw new Error(`image index ${i} outside 0..${set.count - 1}`);
  return set.images.subarray(i * set.n, (i + 1) * set.n);
}

/** Fetches bytes or JSON relative to a base URL; injectable so Node tests can read from disk. */
export interface ImageSetFetcher {
  bytes(path: string): Promise<ArrayBuffer | Uint8Array>;
  json(path: string): Promise<unknown>;
}

/** A fetcher over `fetch` for the app: files live in public/data, served at `${base}data/`. */
export function httpFetcher(base = '/data/'): ImageSetFetcher {
  const get = async (path: string) => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`GET ${base + path}: HTTP ${res.status}`);
    return res;
  };
  return {
    bytes: async (path) => (await get(path)).arrayBuffer(),
    json: async (path) => (await get(path)).json(),
  };
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The decoded DMIM bytes of a split. A gzipped split is gunzipped unless the bytes already start
 * with the DMIM magic (a server that sent it with Content-Encoding: gzip, so fetch decoded it).
 */
export async function decodeSplitBytes(data: ArrayBuffer | Uint8Array, info: ImageSetSplitInfo): Promise<Uint8Array> {
  const bytes = asBytes(data);
  if (info.encoding !== 'gzip') return bytes;
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    if (String.fromCharCode(...bytes.subarray(0, 4)) === IMAGE_SET_MAGIC) return bytes;
    throw new Error(
      `${info.file}: neither gzip nor an image set file (first bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16)).join(' ')})`,
    );
  }
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    throw new Error(
      `${info.file}: gzip data is corrupt (${e instanceof Error ? e.message : String(e)}); re-fetch or rebuild with npm run prepare-data`,
      { cause: e },
    );
  }
}

/** Loads and verifies one split of a shipped data set (manifest, decode, checksum, then parse). */
export async function loadImageSet(
  id: ImageDatasetId,
  split: ImageSplit,
  fetcher: ImageSetFetcher = httpFetcher(),
): Promise<{ set: ImageSet; manifest: ImageSetManifest }> {
  const manifest = parseImageSetManifest(await fetcher.json(`${id}.json`));
  const info = manifest.splits[split];
  const bytes = await decodeSplitBytes(await fetcher.bytes(info.file), info);
  verifyImageSetBytes(bytes, info);
  const set = parseImageSet(bytes, info.file);
  if (set.count !== info.count || set.n !== manifest.n) {
    throw new Error(`${info.file}: ${set.count} images of ${set.n} pixels, manifest says ${info.count} of ${manifest.n}`);
  }
  return { set, manifest };
}
