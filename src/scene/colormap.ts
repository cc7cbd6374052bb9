/** MATLAB's jet colormap, t in [0,1] -> rgb in [0,1] (the paper colours surfaces by height). */
export function jet(t: number): [number, number, number] {
  const c = Math.min(1, Math.max(0, t));
  const r = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * c - 3)));
  const g = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * c - 2)));
  const b = Math.min(1, Math.max(0, 1.5 - Math.abs(4 * c - 1)));
  return [r, g, b];
}

/** Height colouring of docs/science.md §2: jet over z clamped to [0.35, 0.65]. */
export const HEIGHT_RANGE: [number, number] = [0.35, 0.65];

export function heightColors(positions: Float32Array, axis = 2, range = HEIGHT_RANGE): Float32Array {
  const out = new Float32Array(positions.length);
  const [lo, hi] = range;
  for (let i = 0; i < positions.length; i += 3) {
    const [r, g, b] = jet((positions[i + axis] - lo) / (hi - lo));
    out[i] = r;
    out[i + 1] = g;
    out[i + 2] = b;
  }
  return out;
}

/** Class colours: red and blue like the paper, more for multiclass data. */
export const CLASS_COLORS = ['#d7263d', '#1b6fd8', '#2a9d43', '#f2a900', '#8e44ad', '#00a6a6', '#e76f51', '#6d6875', '#3d405b', '#81b29a'];

/** Diverging red-white-blue for probabilities (p of class 1). */
export function probabilityColor(p: number): [number, number, number] {
  const t = Math.min(1, Math.max(0, p));
  if (t < 0.5) {
    const s = t / 0.5;
    return [0.84 + 0.16 * s, 0.15 + 0.85 * s, 0.24 + 0.76 * s];
  }
  const s = (t - 0.5) / 0.5;
  return [1 - 0.89 * s, 1 - 0.56 * s, 1 - 0.15 * s];
}
