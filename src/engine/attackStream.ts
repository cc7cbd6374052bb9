/**
 * Collects an attack's iterates as they are computed and hands the path so far to `send`
 * at most every `intervalMs` (about 30 per second): enough for the page to draw the path
 * growing, without a message per iterate (CW records hundreds).
 */
export class TrajectoryStream {
  private buf: Float32Array;
  private count = 0;
  private lastSent: number;

  constructor(
    private readonly n: number,
    private readonly send: (pathSoFar: Float32Array) => void,
    private readonly intervalMs = 33,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.buf = new Float32Array(64 * n);
    this.lastSent = now();
  }

  /** Record iterate `step` (steps arrive in order from 0). */
  push(x: ArrayLike<number>, step: number): void {
    const need = (step + 1) * this.n;
    if (need > this.buf.length) {
      const grown = new Float32Array(Math.max(need, 2 * this.buf.length));
      grown.set(this.buf.subarray(0, this.count * this.n));
      this.buf = grown;
    }
    const off = step * this.n;
    for (let i = 0; i < this.n; i++) this.buf[off + i] = x[i];
    this.count = Math.max(this.count, step + 1);
    const t = this.now();
    if (t - this.lastSent >= this.intervalMs) {
      this.lastSent = t;
      // A copy: its buffer is transferred to the page, ours keeps growing.
      this.send(this.buf.slice(0, this.count * this.n));
    }
  }

  get length(): number {
    return this.count;
  }
}
