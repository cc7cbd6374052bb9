import type { GridBox } from './gridEvaluator';
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
  const h = [0, 1, 2].map((a) => (box.hi[a] - box.lo[a]) / (dims[a] - 1));
  const stride = [1, nx, nx * ny];
  // Side of each vertex: 1 above the level, 0 below (NaN counts as below).
  if (side.length < N) side = new Uint8Array(N);
  for (let v = 0; v < N; v++) side[v] = values[v] > level ? 1 : 0;

  // Pass 1: count crossed edges (edge (v, axis) joins vertex v and v + stride[axis]).
  let nVerts = 0;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0, v = nx * (j + ny * k); i < nx; i++, v++) {
        const s = side[v];
        if (i + 1 < nx && side[v + 1] !== s) nVerts++;
        if (j + 1 < ny && side[v + nx] !== s) nVerts++;
        if (k + 1 < nz && side[v + stride[2]] !== s) nVerts++;
      }
  if (edgeIds.length < 3 * N) edgeIds = new Int32Array(3 * N);
  const positions = new Float32Array(3 * nVerts);
  const normals = new Float32Array(3 * nVerts);
  const g0 = new Float64Array(3), g1 = new Float64Array(3);
  const grad = (v: number, idx: number[], out: Float64Array): void => {
    for (let a = 0; a < 3; a++) {
      const lo = idx[a] > 0 ? v - stride[a] : v, hi = idx[a] + 1 < dims[a] ? v + stride[a] : v;
      out[a] = (values[hi] - values[lo]) / (((hi - lo) / stride[a]) * h[a]);
    }
  };

  // Pass 2: a vertex on each crossed edge, at the linear interpolation of the level.
  let id = 0;
  const idx = [0, 0, 0], idx1 = [0, 0, 0];
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const v = i + nx * (j + ny * k);
        idx[0] = i; idx[1] = j; idx[2] = k;
        const f0 = values[v];
        for (let a = 0; a < 3; a++) {
          if (idx[a] + 1 >= dims[a] || side[v] === side[v + stride[a]]) continue;
          const f1 = values[v + stride[a]];
          const t = f1 === f0 ? 0.5 : Math.min(1, Math.max(0, (level - f0) / (f1 - f0)));
          idx1[0] = i; idx1[1] = j; idx1[2] = k; idx1[a]++;
          grad(v, idx, g0);
          grad(v + stride[a], idx1, g1);
          let len = 0;
          for (let c = 0; c < 3; c++) {
            positions[3 * id + c] = box.lo[c] + (idx[c] + (c === a ? t : 0)) * h[c];
            const gc = g0[c] + t * (g1[c] - g0[c]);
            normals[3 * id + c] = gc;
            len += gc * gc;
          }
          len = Math.sqrt(len);
          if (len > 0 && Number.isFinite(len)) for (let c = 0; c < 3; c++) normals[3 * id + c] /= len;
          else for (let c = 0; c < 3; c++) normals[3 * id + c] = c === a ? (f1 > f0 ? 1 : -1) : 0;
          edgeIds[3 * v + a] = id++;
        }
      }

  // Pass 3: cell cases (Bourke: bit c set when corner c is below), then triangles.
  const cells = (nx - 1) * (ny - 1) * (nz - 1);
  if (cases.length < cells) cases = new Uint8Array(cells);
  const cornerOff = CORNER_OFFSETS.map(([x, y, z]) => x + nx * (y + ny * z));
  const edgeKey = new Int32Array(12); // edge e of the cell at v is edgeIds[3 * v + edgeKey[e]]
  for (let e = 0; e < 12; e++) {
    const [p, q] = [CORNER_OFFSETS[EDGE_CORNERS[2 * e]], CORNER_OFFSETS[EDGE_CORNERS[2 * e + 1]]];
    const a = p[0] !== q[0] ? 0 : p[1] !== q[1] ? 1 : 2;
    const lo = p[a] < q[a] ? p : q;
    edgeKey[e] = 3 * (lo[0] + nx * (lo[1] + ny * lo[2])) + a;
  }
  let nIdx = 0, cell = 0;
  for (let k = 0; k + 1 < nz; k++)
    for (let j = 0; j + 1 < ny; j++)
      for (let i = 0, v = nx * (j + ny * k); i + 1 < nx; i++, v++, cell++) {
        let c = 0;
        for (let q = 0; q < 8; q++) c |= side[v + cornerOff[q]] << q;
        c ^= 255; // Bourke's bit is set when the corner is below
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
  return { positions, normals, indices };
}
