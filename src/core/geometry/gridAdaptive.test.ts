import { describe, expect, it } from 'vitest';
import { evaluateAdaptive } from './gridAdaptive';
import type { ColumnKernel, GridAxes } from './gridKernels';

/** f = |x - c| - r (1-Lipschitz): a pocket smaller than a block, invisible to the lattice. */
class PocketKernel implements ColumnKernel {
  readonly perColumn = false;
  constructor(
    private readonly g: GridAxes,
    private readonly c: number[],
    private readonly r: number,
  ) {}
  value(i0: number, i1: number, k: number): number {
    const { lo, h } = this.g;
    return Math.hypot(lo[0] + i0 * h[0] - this.c[0], lo[1] + i1 * h[1] - this.c[1], lo[2] + k * h[2] - this.c[2]) - this.r;
  }
  column(i0: number, i1: number, kStart: number, kEnd: number, want: Uint8Array | null, out: Float32Array): number {
    let n = 0;
    for (let k = kStart; k <= kEnd; k++) {
      if (want !== null && !want[k]) continue;
      out[i0 + this.g.n[0] * (i1 + this.g.n[1] * k)] = this.value(i0, i1, k);
      n++;
    }
    return n;
  }
}

const n = 33,
  h = 1 / 32;
const g: GridAxes = { n: [n, n, n], lo: [0, 0, 0], h: [h, h, h], input: [0, 1, 2] };

function run(centre: number[], L: number): { wrong: number; evaluated: number } {
  const kernel = new PocketKernel(
    g,
    centre.map((i) => i * h),
    1.5 * h,
  );
  const out = new Float32Array(n ** 3);
  const evaluated = evaluateAdaptive(kernel, g, 4, L, out);
  let wrong = 0;
  for (let k = 0; k < n; k++)
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) if (Math.sign(out[i + n * (j + n * k)]) !== Math.sign(kernel.value(i, j, k))) wrong++;
  return { wrong, evaluated };
}

describe('evaluateAdaptive', () => {
  // Centres: inside a block, on a face shared by two blocks, on an edge shared by four.
  it.each([[[18, 18, 18]], [[16, 18, 18]], [[16, 16, 18]]])('finds a pocket the lattice misses (centre %j)', (centre) => {
    const { wrong, evaluated } = run(centre, 1);
    expect(wrong).toBe(0);
    expect(evaluated).toBeLessThan(0.2 * n ** 3); // and still skips the empty rest
    // An underestimated Lipschitz constant skips the pocket: the rule is what keeps signs exact.
    expect(run(centre, 0.1).wrong).toBeGreaterThan(0);
  });

  it('phantom axis (2-D grid) and steps that do not divide n - 1', () => {
    const g2: GridAxes = { n: [1, 30, 27], lo: [0, 0, 0], h: [0, 0.03, 0.03], input: [-1, 0, 1] };
    for (const step of [3, 4, 7]) {
      const kernel = new PocketKernel(g2, [0, 0.4, 0.41], 0.05);
      const out = new Float32Array(30 * 27);
      evaluateAdaptive(kernel, g2, step, 1, out);
      for (let k = 0; k < 27; k++) for (let j = 0; j < 30; j++) expect(Math.sign(out[j + 30 * k])).toBe(Math.sign(kernel.value(0, j, k)));
    }
  });
});
