import type { GridBox } from './gridEvaluator';
import { crossingFraction } from './edgeCrossing';
import { CORNER_OFFSETS, EDGE_CORNERS, TRI_EDGES, TRI_START } from './isosurfaceTables';

/**
 * Marching cubes on a grid of values (x fastest) at `level`, as an indexed mesh in the box's world
 * coordinates. One vertex per crossed grid edge, shared by the cells around it, so the mesh is
 * watertight wherever the surface is closed and smooth-shades with per-vertex normals.
 * Normals are the normalised value gradient (central differences, one-sided at the box faces),
 * pointing toward values ABOVE the level (the class-1 side of a logit); triangles wind
 * counter-clockwise seen from that side (three.js front faces).
 * Hand-written rather than the `isosurface` npm package: we need the grid values' own gradient
 * normals and shared vertices; speed: scripts/bench/grid-node.ts.
 */
export interface SurfaceMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

// Scratch reused between calls (the worker extracts a surface after every snapshot).
let edgeIds = new Int32Array(0);
let cases = new Uint8Array(0);
let side = new Uint8Array(0);

export function marchingCubes(values: ArrayLike<number>, dims: readonly number[], box: GridBox, level = 0): SurfaceMesh {
  const [nx, ny, nz] = dims;
  if (dims.length !== 3 || nx < 2 || ny < 2 || nz < 2) throw new Error('marching cubes needs a 3-D grid, >= 2 per axis');
  const N = nx * ny * nz;
  if (values.length !== N) throw new Error(`expected ${N} values, got ${values.length}`);
  if (side.length < N) side = new Uint8Array(N);
  if (edgeIds.length < 3 * N) edgeIds = new Int32Array(3 * N);
  const cells = (nx - 1) * (ny - 1) * (nz - 1);
  if (cases.length < cells) cases = new Uint8Array(cells);
  for (let v = 0; v < N; v++) side[v] = values[v] > level ? 1 : 0; // NaN counts as below
  const m = new Mesher(values, dims, box, level, countCrossings(nx, ny, nz));
  m.placeVertices();
  return { positions: m.positions, normals: m.normals, indices: triangulate(nx, ny, nz) };
}

/** Edge (v, axis) joins vertex v and v + stride[axis]; it is crossed when the sides differ. */
function countCrossings(nx: number, ny: number, nz: number): number {
  let n = 0;
  const sxy = nx * ny;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0, v = nx * (j + ny * k); i < nx; i++, v++) {
        const s = side[v];
        if (i + 1 < nx && side[v + 1] !== s) n++;
        if (j + 1 < ny && side[v + nx] !== s) n++;
        if (k + 1 < nz && side[v + sxy] !== s) n++;
      }
  return n;
}

/** One vertex per crossed edge, at the linear interpolation of the level, with a gradient normal. */
class Mesher {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  private readonly n: [number, number, number];
  private readonly h: number[];
  private readonly g = new Float64Array(6);
  private id = 0;

  constructor(
    private readonly f: ArrayLike<number>,
    dims: readonly number[],
    private readonly box: GridBox,
    private readonly level: number,
    count: number,
  ) {
    this.n = [dims[0], dims[1], dims[2]];
    this.h = [0, 1, 2].map((a) => (box.hi[a] - box.lo[a]) / (dims[a] - 1));
    this.positions = new Float32Array(3 * count);
    this.normals = new Float32Array(3 * count);
  }

  placeVertices(): void {
    const [nx, ny, nz] = this.n,
      sxy = nx * ny;
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++)
        for (let i = 0, v = nx * (j + ny * k); i < nx; i++, v++) {
          const s = side[v];
          if (i + 1 < nx && side[v + 1] !== s) this.vertex(v, i, j, k, 0, 1);
          if (j + 1 < ny && side[v + nx] !== s) this.vertex(v, i, j, k, 1, nx);
          if (k + 1 < nz && side[v + sxy] !== s) this.vertex(v, i, j, k, 2, sxy);
        }
  }

  /** Central-difference gradient at vertex (i, j, k) into g[o..o+2] (one-sided at the faces). */
  private gradient(v: number, i: number, j: number, k: number, o: number): void {
    const { n, h, g } = this;
    g[o] = this.diff(v, i, n[0], 1, h[0]);
    g[o + 1] = this.diff(v, j, n[1], n[0], h[1]);
    g[o + 2] = this.diff(v, k, n[2], n[0] * n[1], h[2]);
  }

  private diff(v: number, i: number, n: number, stride: number, h: number): number {
    const lo = i > 0 ? v - stride : v,
      hi = i + 1 < n ? v + stride : v;
    return (this.f[hi] - this.f[lo]) / (((hi - lo) / stride) * h);
  }

  private vertex(v: number, i: number, j: number, k: number, a: number, stride: number): void {
    const { f, g, positions: P, normals: Nm, box, h } = this;
    const f0 = f[v],
      f1 = f[v + stride];
    const t = crossingFraction(f0, f1, this.level);
    this.gradient(v, i, j, k, 0);
    this.gradient(v + stride, a === 0 ? i + 1 : i, a === 1 ? j + 1 : j, a === 2 ? k + 1 : k, 3);
    const id = this.id++,
      o = 3 * id;
    P[o] = box.lo[0] + (i + (a === 0 ? t : 0)) * h[0];
    P[o + 1] = box.lo[1] + (j + (a === 1 ? t : 0)) * h[1];
    P[o + 2] = box.lo[2] + (k + (a === 2 ? t : 0)) * h[2];
    const gx = g[0] + t * (g[3] - g[0]),
      gy = g[1] + t * (g[4] - g[1]),
      gz = g[2] + t * (g[5] - g[2]);
    const len = Math.hypot(gx, gy, gz);
    if (len > 0 && Number.isFinite(len)) {
      Nm[o] = gx / len;
      Nm[o + 1] = gy / len;
      Nm[o + 2] = gz / len;
    } else {
      // Flat or non-finite gradient: fall back to the edge direction, toward the end above the level.
      Nm[o] = Nm[o + 1] = Nm[o + 2] = 0;
      Nm[o + a] = side[v + stride] === 1 ? 1 : -1;
    }
    edgeIds[3 * v + a] = id;
  }
}

/** Cell cases (Bourke: bit c set when corner c is below), then the table's triangles. */
function triangulate(nx: number, ny: number, nz: number): Uint32Array {
  const cornerOff = Int32Array.from(CORNER_OFFSETS, ([x, y, z]) => x + nx * (y + ny * z));
  const edgeKey = new Int32Array(12); // edge e of the cell at v is edgeIds[3 * v + edgeKey[e]]
  for (let e = 0; e < 12; e++) {
    const [p, q] = [CORNER_OFFSETS[EDGE_CORNERS[2 * e]], CORNER_OFFSETS[EDGE_CORNERS[2 * e + 1]]];
    const a = p[0] !== q[0] ? 0 : p[1] !== q[1] ? 1 : 2;
    const lo = p[a] < q[a] ? p : q;
    edgeKey[e] = 3 * (lo[0] + nx * (lo[1] + ny * lo[2])) + a;
  }
  let nIdx = 0,
    cell = 0;
  for (let k = 0; k + 1 < nz; k++)
    for (let j = 0; j + 1 < ny; j++)
      for (let i = 0, v = nx * (j + ny * k); i + 1 < nx; i++, v++, cell++) {
        let c = 0;
        for (let q = 0; q < 8; q++) c |= side[v + cornerOff[q]] << q;
        c ^= 255;
        cases[cell] = c;
        nIdx += TRI_START[c + 1] - TRI_START[c];
      }
  const indices = new Uint32Array(nIdx);
  let o = 0;
  cell = 0;
  for (let k = 0; k + 1 < nz; k++)
    for (let j = 0; j + 1 < ny; j++)
      for (let i = 0, v = nx * (j + ny * k); i + 1 < nx; i++, v++, cell++) {
        const c = cases[cell];
        // Bourke's triangles wind clockwise seen from above the level: emit them reversed.
        for (let e = TRI_START[c]; e < TRI_START[c + 1]; e += 3) {
          indices[o++] = edgeIds[3 * v + edgeKey[TRI_EDGES[e + 2]]];
          indices[o++] = edgeIds[3 * v + edgeKey[TRI_EDGES[e + 1]]];
          indices[o++] = edgeIds[3 * v + edgeKey[TRI_EDGES[e]]];
        }
      }
  return indices;
}
