import { describe, expect, it } from 'vitest';
import { contourSegments } from './contour';
import { evaluateGrid } from './gridEvaluator';
import { affineMlp } from './gridTestNets';

function segments(s: Float32Array): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < s.length; i += 4) out.push([s[i], s[i + 1], s[i + 2], s[i + 3]]);
  return out;
}

describe('contourSegments', () => {
  it.each([[21], [20]])('f = x - 0.3 gives segments on x = 0.3 with +x on their left (res %i)', (res) => {
    const box = { lo: [0, 0], hi: [1, 1] };
    const g = evaluateGrid(affineMlp([1, 0], -0.3), box, res);
    const segs = segments(contourSegments(g.values, g.dims, box));
    expect(segs.length).toBe(res - 1);
    let length = 0;
    for (const [x0, y0, x1, y1] of segs) {
      expect(Math.abs(x0 - 0.3)).toBeLessThan(1e-6);
      expect(Math.abs(x1 - 0.3)).toBeLessThan(1e-6);
      expect(y1).toBeLessThan(y0); // left of a downward segment is +x, where f > 0
      length += Math.hypot(x1 - x0, y1 - y0);
    }
    expect(length).toBeCloseTo(1, 5);
  });

  it('a circle: endpoints within a cell of radius r, total length ~ 2 pi r, above-level on the left', () => {
    const [nx, ny, r] = [50, 45, 0.33];
    const box = { lo: [-0.5, -0.4], hi: [0.5, 0.45] };
    const hx = 1 / (nx - 1),
      hy = 0.85 / (ny - 1);
    const values = new Float32Array(nx * ny);
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[i + nx * j] = r - Math.hypot(-0.5 + i * hx, -0.4 + j * hy);
    let length = 0;
    for (const [x0, y0, x1, y1] of segments(contourSegments(values, [nx, ny], box))) {
      expect(Math.abs(Math.hypot(x0, y0) - r)).toBeLessThan(hx);
      length += Math.hypot(x1 - x0, y1 - y0);
      // f = r - |x| is above the level inside: the inside lies to the left, so we wind ccw.
      expect(x0 * y1 - y0 * x1).toBeGreaterThan(0);
    }
    expect(length).toBeGreaterThan(2 * Math.PI * r * 0.99);
    expect(length).toBeLessThan(2 * Math.PI * r * 1.01);
  });

  it('splits saddle cells by the centre value', () => {
    const box = { lo: [0, 0], hi: [1, 1] };
    // Corners 0 and 2 above: centre above joins them (cut corners 1, 3), centre below separates them.
    const joined = segments(contourSegments([1, -0.5, -0.5, 1], [2, 2], box));
    const split = segments(contourSegments([0.5, -1, -1, 0.5], [2, 2], box));
    const cutsCorner = (s: number[][], x: number, y: number): boolean =>
      s.some(([x0, y0, x1, y1]) => Math.hypot((x0 + x1) / 2 - x, (y0 + y1) / 2 - y) < 0.5);
    expect(joined.length).toBe(2);
    expect(cutsCorner(joined, 1, 0) && cutsCorner(joined, 0, 1)).toBe(true);
    expect(split.length).toBe(2);
    expect(cutsCorner(split, 0, 0) && cutsCorner(split, 1, 1)).toBe(true);
  });
});
