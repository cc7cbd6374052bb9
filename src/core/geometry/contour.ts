import type { GridBox } from './gridEvaluator';
import { crossingFraction } from './edgeCrossing';

/**
 * Marching squares at `level` on a 2-D grid of values (x fastest): the 2-D toys' boundary curve
 * as line segments [x0, y0, x1, y1, ...] in world coordinates, with crossings linearly
 * interpolated along cell edges. Saddle cells are split by the cell-centre average, so the curve
 * never crosses itself. Each segment is oriented with values above the level on its left.
 *
 * Hand-written rather than d3-contour because that library lacks what the 2-D view and tests
 * need (checked with d3-contour 4.0.2 on this file's test grids): it resolves saddles by a fixed
 * case table, so the 2x2 saddle [1, -0.5, -0.5, 1] (centre above the level) comes out as two
 * separate rings where the centre rule joins the corners; and it returns closed polygons in
 * pixel coordinates that also run along the grid border (f = x - 0.3 on 21x21 gives one ring of
 * 73 points, most of them on the box edge), not open segments with a known orientation.
 */
export function contourSegments(values: ArrayLike<number>, dims: readonly number[], box: GridBox, level = 0): Float32Array {
  const [nx, ny] = dims;
  if (dims.length !== 2 || nx < 2 || ny < 2) throw new Error('marching squares needs a 2-D grid, >= 2 per axis');
  if (values.length !== nx * ny) throw new Error(`expected ${nx * ny} values, got ${values.length}`);
  const hx = (box.hi[0] - box.lo[0]) / (nx - 1),
    hy = (box.hi[1] - box.lo[1]) / (ny - 1);
  const out: number[] = [];
  // Corners 0 (i,j) 1 (i+1,j) 2 (i+1,j+1) 3 (i,j+1); edge e joins corners e and (e+1) % 4.
  const f = [0, 0, 0, 0];
  const px = [0, 0, 0, 0],
    py = [0, 0, 0, 0];
  const cx = [0, 1, 1, 0],
    cy = [0, 0, 1, 1];
  const point = (e: number): void => {
    const a = e,
      b = (e + 1) % 4;
    const t = crossingFraction(f[a], f[b], level);
    out.push(px[a] + t * (px[b] - px[a]), py[a] + t * (py[b] - py[a]));
  };
  // Walking the cell counter-clockwise, an above->below edge starts a segment whose left is above.
  const segment = (from: number, to: number): void => {
    point(from);
    point(to);
  };
  for (let j = 0; j + 1 < ny; j++)
    for (let i = 0; i + 1 < nx; i++) {
      let c = 0;
      for (let q = 0; q < 4; q++) {
        f[q] = values[i + cx[q] + nx * (j + cy[q])];
        px[q] = box.lo[0] + (i + cx[q]) * hx;
        py[q] = box.lo[1] + (j + cy[q]) * hy;
        if (f[q] > level) c |= 1 << q;
      }
      if (c === 0 || c === 15) continue;
      if (c === 5 || c === 10) {
        // Saddle: keep the corners that agree with the centre connected through it.
        const centreAbove = (f[0] + f[1] + f[2] + f[3]) / 4 > level;
        const cutOdd = (c === 5) === centreAbove; // corners 1 and 3 differ from the centre
        if (cutOdd) {
          segment(c === 5 ? 0 : 1, c === 5 ? 1 : 0);
          segment(c === 5 ? 2 : 3, c === 5 ? 3 : 2);
        } else {
          segment(c === 5 ? 2 : 1, c === 5 ? 1 : 2);
          segment(c === 5 ? 0 : 3, c === 5 ? 3 : 0);
        }
        continue;
      }
      // One crossing pair: the edge going above->below (ccw) starts, below->above ends.
      let from = -1,
        to = -1;
      for (let e = 0; e < 4; e++) {
        const a = (c >> e) & 1,
          b = (c >> ((e + 1) % 4)) & 1;
        if (a === 1 && b === 0) from = e;
        if (a === 0 && b === 1) to = e;
      }
      segment(from, to);
    }
  return Float32Array.from(out);
}
