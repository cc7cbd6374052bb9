/**
 * Where the level set crosses a grid edge whose ends lie on opposite sides of `level`: the
 * fraction t in [0, 1] from the first end, by linear interpolation (marching cubes / squares).
 * Always finite, for every input the grid can hold: an infinite end takes the crossing to the
 * other end (the limit of the interpolation), two infinite ends meet in the middle, a NaN end
 * puts it in the middle, and ends so far apart that f1 − f0 overflows are interpolated at half
 * scale. Without this, ±Infinity in a grid gives ∞/∞ = NaN vertex coordinates.
 */
export function crossingFraction(f0: number, f1: number, level: number): number {
  if (f0 === f1 || Number.isNaN(f0) || Number.isNaN(f1)) return 0.5;
  const inf0 = !Number.isFinite(f0),
    inf1 = !Number.isFinite(f1);
  if (inf0 && inf1) return 0.5;
  if (inf0) return 1;
  if (inf1) return 0;
  const d = f1 - f0;
  const t = Number.isFinite(d) ? (level - f0) / d : (level / 2 - f0 / 2) / (f1 / 2 - f0 / 2);
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
}
