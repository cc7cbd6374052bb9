/**
 * Seeded mini-batches of an image set: epoch e visits every image once in a shuffled order
 * drawn from (seed, e), so a run is reproducible and an epoch can be replayed alone. The last
 * batch of an epoch is short when batchSize does not divide the count (as in tfjs fit and
 * PyTorch's DataLoader without drop_last).
 */
import { createRng } from '../../rng';

/** Indices of each batch of epoch `epoch`: a seeded Fisher-Yates permutation cut into batches. */
export function epochBatches(count: number, batchSize: number, seed: number, epoch: number): Int32Array[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`epochBatches: count must be a positive integer, got ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`epochBatches: batch size must be a positive integer, got ${batchSize}`);
  const rng = createRng(seed * 1_000_003 + epoch * 7919 + 11);
  const perm = new Int32Array(count);
  for (let i = 0; i < count; i++) perm[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  const out: Int32Array[] = [];
  for (let s = 0; s < count; s += batchSize) out.push(perm.subarray(s, Math.min(count, s + batchSize)));
  return out;
}

/** Copies the images and labels of `idx` out of a set (row-major, n pixels an image). */
export function gatherBatch(
  set: { images: Float32Array; labels: Int32Array; n: number },
  idx: ArrayLike<number>,
): { images: Float32Array; labels: Int32Array } {
  const { n } = set;
  const images = new Float32Array(idx.length * n);
  const labels = new Int32Array(idx.length);
  for (let r = 0; r < idx.length; r++) {
    const i = idx[r];
    if (!(i >= 0 && i < set.labels.length)) throw new Error(`gatherBatch: index ${i} outside [0, ${set.labels.length})`);
    images.set(set.images.subarray(i * n, (i + 1) * n), r * n);
    labels[r] = set.labels[i];
  }
  return { images, labels };
}
