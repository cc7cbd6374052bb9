/**
 * The input of a classifier's last forward pass, so that a network with frozen weights can skip
 * recomputing it. An early-stop PGD step (core/attacks/pgdL2.ts) asks for the class of the new
 * iterate, then at the next step for its logits and its input gradient: three forward passes of
 * the same x. With the last one remembered, a step costs one forward and one backward pass.
 * Compared by value (n float compares, against n × width multiply-adds for the pass), so a
 * caller that reuses or mutates its array still gets a fresh pass.
 */
export class LastInput {
  private x: Float64Array | null = null;

  /** Whether x equals (element by element) the input remembered last. */
  matches(x: ArrayLike<number>): boolean {
    const m = this.x;
    if (m === null || m.length !== x.length) return false;
    for (let i = 0; i < m.length; i++) if (m[i] !== x[i]) return false;
    return true;
  }

  /** Remember a copy of x (the buffer is reused when the length agrees). */
  remember(x: ArrayLike<number>): void {
    if (this.x === null || this.x.length !== x.length) this.x = new Float64Array(x.length);
    this.x.set(x);
  }
}
