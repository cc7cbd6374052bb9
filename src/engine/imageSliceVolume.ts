/**
 * A 3-D slice of image space through x (docs/science.md §3): the margin of x's class on a res³
 * grid (imageSliceGrid.ts), its zero level by marching cubes in world units ([-1, 1]³ =
 * [-extent, extent]³ in L2 units), and paths from x projected on the slice's three axes.
 * Shared by the Attack mode's slice (imageSlice.ts) and the Train mode's live one
 * (imageTraining/digitSliceCompute.ts).
 */
import { axisCoords } from '../core/geometry/digitSlicePlane';
import { marchingCubes } from '../core/geometry/isosurface';
import { sliceMarginGrid, type VertexLogits } from './imageSliceGrid';
import type { SliceVolume } from './imageTypes';

const BOX = { lo: [-1, -1, -1], hi: [1, 1, 1] };

/** The boundary mesh of the res³ grid that `logitsAt` evaluates, and the grid's margins. */
export async function sliceVolume(
  logitsAt: VertexLogits,
  cls: number,
  res: number,
  extent: number,
): Promise<{ volume: SliceVolume; margins: Float32Array }> {
  const { margins } = await sliceMarginGrid(logitsAt, 3, cls, res, extent);
  const mesh = marchingCubes(margins, [res, res, res], BOX, 0);
  let pos = 0;
  for (const v of margins) if (v > 0) pos++;
  return { volume: { res, extent, ...mesh, originalShare: pos / margins.length }, margins };
}

/** A path's points (each length n) on the axes, world units (m × 3), thinned to about maxPoints keeping the ends. */
export function projectPath(
  points: readonly ArrayLike<number>[],
  x0: ArrayLike<number>,
  U: readonly ArrayLike<number>[],
  extent: number,
  maxPoints: number,
): Float32Array {
  const stride = Math.max(1, Math.ceil(points.length / maxPoints));
  const picked = points.filter((_, i) => i % stride === 0 || i === points.length - 1);
  const out = new Float32Array(picked.length * 3);
  picked.forEach((x, t) => axisCoords(x0, U, x).forEach((c, a) => (out[3 * t + a] = c / extent)));
  return out;
}
