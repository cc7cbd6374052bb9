/**
 * Mean softmax cross-entropy of B rows of K logits and its gradient (softmax − onehot) / B, in
 * plain JS: on the CPU backends a logits read-back plus this loop replaces ~10 small tfjs ops of
 * an image training step, and the plain-JS toy trainer (jsTrainer.ts) uses it for K > 1.
 */

/**
 * Writes the gradient into `dz` (length B·K, row-major like `z`) and returns the mean loss.
 * `label(r)` is row r's class in [0, K).
 */
export function softmaxCrossEntropyInto(
  z: ArrayLike<number>,
  label: (r: number) => number,
  K: number,
  dz: Float32Array | Float64Array,
): number {
  const B = dz.length / K;
  if (z.length !== dz.length || !Number.isInteger(B))
    throw new Error(`softmaxCrossEntropy: ${z.length} logits, ${dz.length} gradients, ${K} classes`);
  let loss = 0;
  for (let r = 0; r < B; r++) {
    const o = r * K;
    let m = -Infinity;
    for (let j = 0; j < K; j++) if (z[o + j] > m) m = z[o + j];
    let s = 0;
    for (let j = 0; j < K; j++) s += dz[o + j] = Math.exp(z[o + j] - m);
    const y = label(r);
    loss += m + Math.log(s) - z[o + y];
    for (let j = 0; j < K; j++) dz[o + j] = (dz[o + j] / s - (j === y ? 1 : 0)) / B;
  }
  return loss / B;
}

/** The same with the labels as an array and a fresh float32 gradient. */
export function softmaxCrossEntropy(z: ArrayLike<number>, labels: ArrayLike<number>, K: number): { loss: number; dz: Float32Array } {
  const B = labels.length;
  if (z.length !== B * K) throw new Error(`softmaxCrossEntropy: ${z.length} logits for ${B} rows of ${K}`);
  const dz = new Float32Array(B * K);
  return { loss: softmaxCrossEntropyInto(z, (r) => labels[r], K, dz), dz };
}
