import type { ColumnKernel, GridAxes } from './gridKernels';

/**
 * Sign-exact adaptive grid evaluation. Evaluate the lattice of every s-th vertex (plus the last),
 * then, with a global Lipschitz bound L of the score, skip a block when its corners share a sign
 * and min |f(corner)| > L * (largest distance from a block vertex to its nearest corner): no vertex
 * inside can then change sign, and trilinear interpolation of the corners keeps that sign.
 * A vertex on a face shared by blocks is evaluated exactly if ANY of its blocks is ambiguous; if
 * all are skipped, every block interpolates it from the same face corners, so values agree.
 */
interface AxisBlocks {
  lat: Int32Array; // lattice indices 0, s, 2s, ..., n - 1
  end: Int32Array; // per block: its last vertex (lat[b + 1], or lat[b] on a 1-point axis)
  isLat: Uint8Array; // per vertex: 1 on the lattice
  nb: number; // block count (a 1-point phantom axis has one block of zero extent)
  bLo: Int32Array; // lowest block containing vertex i
  bHi: Int32Array; // highest block containing vertex i
  t: Float64Array; // local coordinate of i in block bLo[i], in [0, 1]
  half: Float64Array; // per block: world distance from its middle vertex to the nearest end
}

function axisBlocks(n: number, s: number, h: number): AxisBlocks {
  const lat: number[] = [];
  for (let i = 0; i < n - 1; i += s) lat.push(i);
  lat.push(n - 1);
  const nb = Math.max(1, lat.length - 1);
  const bLo = new Int32Array(n),
    bHi = new Int32Array(n),
    t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.min(Math.floor(i / s), nb - 1);
    const shared = i % s === 0 && i > 0 && i < n - 1;
    bLo[i] = shared ? b - 1 : b;
    bHi[i] = b;
    const a = lat[bLo[i]],
      e = lat[Math.min(bLo[i] + 1, lat.length - 1)];
    t[i] = e > a ? (i - a) / (e - a) : 0;
  }
  const end = Int32Array.from({ length: nb }, (_, b) => lat[Math.min(b + 1, lat.length - 1)]);
  const half = Float64Array.from(end, (e, b) => Math.floor((e - lat[b]) / 2) * h);
  const isLat = new Uint8Array(n);
  for (const i of lat) isLat[i] = 1;
  return { lat: Int32Array.from(lat), end, isLat, nb, bLo, bHi, t, half };
}

function bilerp(f: Float32Array, xa: number, xb: number, ya: number, yb: number, zo: number, tx: number, ty: number): number {
  const f0 = f[xa + ya + zo] + tx * (f[xb + ya + zo] - f[xa + ya + zo]);
  const f1 = f[xa + yb + zo] + tx * (f[xb + yb + zo] - f[xa + yb + zo]);
  return f0 + ty * (f1 - f0);
}

/** Fills out (x fastest) and returns how many vertices were evaluated exactly. */
export function evaluateAdaptive(kernel: ColumnKernel, g: GridAxes, s: number, L: number, out: Float32Array): number {
  const [n0, n1, n2] = g.n;
  const n01 = n0 * n1;
  const [X, Y, Z] = [0, 1, 2].map((a) => axisBlocks(g.n[a], s, g.h[a]));
  const exact = new Uint8Array(n01 * n2);
  const want = new Uint8Array(n2);
  let count = 0;

  const runColumn = (i0: number, i1: number, k0: number, k1: number): void => {
    count += kernel.column(i0, i1, k0, k1, want, out);
    for (let k = k0; k <= k1; k++) if (want[k]) exact[i0 + n0 * i1 + n01 * k] = 1;
  };
  for (const k of Z.lat) want[k] = 1;
  for (const i1 of Y.lat) for (const i0 of X.lat) runColumn(i0, i1, 0, n2 - 1);

  // Classify blocks from their 8 lattice corners.
  const amb = new Uint8Array(X.nb * Y.nb * Z.nb);
  for (let bz = 0; bz < Z.nb; bz++)
    for (let by = 0; by < Y.nb; by++)
      for (let bx = 0; bx < X.nb; bx++) {
        const r = L * Math.hypot(X.half[bx], Y.half[by], Z.half[bz]);
        let pos = 0,
          neg = 0,
          minAbs = Infinity;
        for (let c = 0; c < 8; c++) {
          const i = c & 1 ? X.end[bx] : X.lat[bx],
            j = c & 2 ? Y.end[by] : Y.lat[by];
          const f = out[i + n0 * j + n01 * (c & 4 ? Z.end[bz] : Z.lat[bz])];
          if (f > 0) pos++;
          else if (f < 0) neg++;
          minAbs = Math.min(minAbs, Math.abs(f));
        }
        // Slack 1e-5: corners are float32-rounded. NaN or infinite L never skips.
        const skip = (pos === 8 || neg === 8) && minAbs * (1 - 1e-5) > r;
        amb[bx + X.nb * (by + Y.nb * bz)] = skip ? 0 : 1;
      }

  // Nearly all ambiguous (an untrained net): a plain full pass beats the bookkeeping below.
  if (amb.reduce((a, b) => a + b, 0) > 0.9 * amb.length) {
    count = 0;
    for (let i1 = 0; i1 < n1; i1++) for (let i0 = 0; i0 < n0; i0++) count += kernel.column(i0, i1, 0, n2 - 1, null, out);
    return count;
  }

  // Evaluate every vertex of an ambiguous block, column by column (lattice points are done).
  const slab = X.nb * Y.nb;
  for (let i1 = 0; i1 < n1; i1++)
    for (let i0 = 0; i0 < n0; i0++) {
      const r00 = X.bLo[i0] + X.nb * Y.bLo[i1],
        r10 = X.bHi[i0] + X.nb * Y.bLo[i1];
      const r01 = X.bLo[i0] + X.nb * Y.bHi[i1],
        r11 = X.bHi[i0] + X.nb * Y.bHi[i1];
      let k0 = -1,
        k1 = -1;
      for (let bz = 0, o = 0; bz < Z.nb; bz++, o += slab) {
        if (!(amb[r00 + o] | amb[r10 + o] | amb[r01 + o] | amb[r11 + o])) continue;
        if (k0 < 0) {
          want.fill(0);
          k0 = Z.lat[bz];
        }
        want.fill(1, Z.lat[bz], Z.end[bz] + 1);
        k1 = Z.end[bz];
      }
      if (k1 < 0) continue;
      if (X.isLat[i0] && Y.isLat[i1]) for (const k of Z.lat) want[k] = 0;
      runColumn(i0, i1, k0, k1);
    }

  // Fill the rest trilinearly from the corners of its (skipped) block.
  for (let k = 0; k < n2; k++) {
    const bz = Z.bLo[k],
      tz = Z.t[k],
      za = Z.lat[bz] * n01,
      zb = Z.end[bz] * n01;
    for (let i1 = 0; i1 < n1; i1++) {
      const by = Y.bLo[i1],
        ty = Y.t[i1],
        ya = Y.lat[by] * n0,
        yb = Y.end[by] * n0;
      for (let i0 = 0; i0 < n0; i0++) {
        const idx = i0 + n0 * i1 + n01 * k;
        if (exact[idx]) continue;
        const bx = X.bLo[i0],
          tx = X.t[i0],
          xa = X.lat[bx],
          xb = X.end[bx];
        const g0 = bilerp(out, xa, xb, ya, yb, za, tx, ty);
        out[idx] = g0 + tz * (bilerp(out, xa, xb, ya, yb, zb, tx, ty) - g0);
      }
    }
  }
  return count;
}
