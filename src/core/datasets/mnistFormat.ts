/**
 * The binary layout of the shipped image sets (MNIST-14, MNIST-28, Fashion-MNIST-14), shared by
 * the writer (scripts/data/prepare-image-sets.ts) and the loader (mnist14.ts). A split may ship
 * gzipped (manifest `encoding: 'gzip'`); sizes and checksums then describe the decoded file.
 *
 * One file per split, little-endian:
 *   0  magic "DMIM" (4 bytes)      4  version uint16 (=1)     6  reserved uint16 (=0)
 *   8  count uint32               12  rows uint16            14  cols uint16
 *  16  numClasses uint16          18  reserved uint16 (=0)
 *  20  pixels: count * rows * cols uint8 (row-major, 0..255 = intensity 0..1)
 *  20 + count*rows*cols  labels: count uint8
 */
import { z } from 'zod';

export const IMAGE_SET_MAGIC = 'DMIM';
export const IMAGE_SET_VERSION = 1;
export const IMAGE_SET_HEADER_BYTES = 20;

export interface ImageSetHeader {
  readonly count: number;
  readonly rows: number;
  readonly cols: number;
  readonly numClasses: number;
}

/** Byte offsets of the pixel and label sections for a header. */
export function imageSetLayout(h: ImageSetHeader): {
  pixelOffset: number;
  pixelBytes: number;
  labelOffset: number;
  labelBytes: number;
  totalBytes: number;
} {
  const pixelOffset = IMAGE_SET_HEADER_BYTES;
  const pixelBytes = h.count * h.rows * h.cols;
  const labelOffset = pixelOffset + pixelBytes;
  return { pixelOffset, pixelBytes, labelOffset, labelBytes: h.count, totalBytes: labelOffset + h.count };
}

/** Serialises a header plus uint8 pixels and labels into one file image. */
export function encodeImageSet(h: ImageSetHeader, pixels: Uint8Array, labels: Uint8Array): Uint8Array {
  const lay = imageSetLayout(h);
  if (pixels.length !== lay.pixelBytes) throw new Error(`pixels: expected ${lay.pixelBytes} bytes, got ${pixels.length}`);
  if (labels.length !== lay.labelBytes) throw new Error(`labels: expected ${lay.labelBytes} bytes, got ${labels.length}`);
  const out = new Uint8Array(lay.totalBytes);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = IMAGE_SET_MAGIC.charCodeAt(i);
  dv.setUint16(4, IMAGE_SET_VERSION, true);
  dv.setUint32(8, h.count, true);
  dv.setUint16(12, h.rows, true);
  dv.setUint16(14, h.cols, true);
  dv.setUint16(16, h.numClasses, true);
  out.set(pixels, lay.pixelOffset);
  out.set(labels, lay.labelOffset);
  return out;
}

/** The per-dataset JSON manifest written next to the .bin files (public/data/<id>.json). */
export const imageSetSplitSchema = z.object({
  /** The shipped file (e.g. mnist28-test.bin.gz). */
  file: z.string(),
  /** 'gzip' when the file is gzipped; absent for a plain .bin. */
  encoding: z.literal('gzip').optional(),
  /** Size of the shipped (encoded) file. */
  encodedBytes: z.number().int().positive().optional(),
  count: z.number().int().positive(),
  /** Size of the decoded DMIM file. */
  bytes: z.number().int().positive(),
  pixelOffset: z.number().int().nonnegative(),
  labelOffset: z.number().int().nonnegative(),
  /** sha256 (hex) of the whole decoded file, of its pixel section and of its label section. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pixelsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  labelsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  labelCounts: z.array(z.number().int().nonnegative()),
});

export const imageSetManifestSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  preprocessing: z.string(),
  side: z.number().int().positive(),
  n: z.number().int().positive(),
  numClasses: z.number().int().positive(),
  classNames: z.array(z.string()),
  format: z.string(),
  splits: z.object({ train: imageSetSplitSchema, test: imageSetSplitSchema }),
});

export type ImageSetSplitInfo = z.infer<typeof imageSetSplitSchema>;
export type ImageSetManifest = z.infer<typeof imageSetManifestSchema>;
