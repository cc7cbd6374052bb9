/**
 * Mean softmax cross-entropy of a batch of logits and its gradient (softmax − onehot) / B,
 * in plain JS: on the CPU backends a logits read-back plus this loop replaces ~10 small tfjs
 * ops of a training step.
 */
export function softmaxCrossEntropy(z: ArrayLike<number>, labels: ArrayLike<number>, K: number): { loss: number; dz: Float32Array } {
  const B = labels.length;
  if (z.length !== B * K) throw new Error(`softmaxCrossEntropy: ${z.length} logits for ${B} rows of ${K}`);
  const dz = new Float32Array(B * K);
  let loss = 0;
  for (let r = 0; r < B; r++) {
    const o = r * K;
    let m = -Infinity;
    for (let j = 0; j < K; j++) if (z[o + j] > m) m = z[o + j];
    let s = 0;
    for (let j = 0; j < K; j++) s += dz[o + j] = Math.exp(z[o + j] - m);
    const y = labels[r];
    loss += m + Math.log(s) - z[o + y];
    for (let j = 0; j < K; j++) dz[o + j] = (dz[o + j] / s - (j === y ? 1 : 0)) / B;
  }
  return { loss: loss / B, dz };
}
