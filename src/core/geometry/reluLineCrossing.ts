import type { MlpWeights } from '../model/mlpWeights';

/**
 * Exact first boundary crossing along a ray for the paper's network shape: one hidden ReLU
 * layer and one logit. Along x(t) = p + t·dir every hidden pre-activation is affine in t, so
 * the logit is piecewise linear with at most H breakpoints: sort them and walk the segments.
 * O(H log H) per ray instead of ~150 forward passes of a scan-and-bisect search, and exact
 * (no pocket narrower than a scan step can be missed). Used for C and D_i (docs/science.md §6).
 */
export function isSingleReluLogit(w: MlpWeights): boolean {
  return w.layers.length === 2 && w.activation === 'relu' && w.layers[1].outDim === 1;
}

/** Smallest t in (0, cap] with class(p + t·dir) != class(p) (class 1 iff logit > 0), or Infinity. */
export function firstCrossingAlongRay(w: MlpWeights, p: ArrayLike<number>, dir: ArrayLike<number>, cap: number): number {
  const [l1, l2] = w.layers;
  const H = l1.outDim;
  const u = new Float64Array(H);
  const v = new Float64Array(H);
  for (let j = 0; j < H; j++) u[j] = l1.b[j];
  for (let i = 0; i < l1.inDim; i++) {
    const pi = p[i];
    const di = dir[i];
    const row = i * H;
    for (let j = 0; j < H; j++) {
      u[j] += pi * l1.W[row + j];
      v[j] += di * l1.W[row + j];
    }
  }
  let f = l2.b[0];
  let slope = 0;
  const events: number[] = [];
  for (let j = 0; j < H; j++) {
    const a = l2.W[j];
    const activeNow = u[j] > 0 || (u[j] === 0 && v[j] > 0);
    if (u[j] > 0) f += a * u[j];
    if (activeNow) slope += a * v[j];
    if (v[j] !== 0) {
      const t = -u[j] / v[j];
      if (t > 0 && t <= cap) events.push(j);
    }
  }
  const tOf = (j: number) => -u[j] / v[j];
  events.sort((a, b) => tOf(a) - tOf(b));
  const positive = f > 0;
  let t = 0;
  const crossIn = (tEnd: number): number => {
    // Root of f + slope·(s - t) on (t, tEnd], respecting which side counts as a change.
    if (slope === 0) return Infinity;
    const root = t - f / slope;
    if (root <= t || root > tEnd) {
      const fEnd = f + slope * (tEnd - t);
      return fEnd > 0 !== positive ? tEnd : Infinity;
    }
    return root;
  };
  for (const j of events) {
    const tj = tOf(j);
    const hit = crossIn(tj);
    if (hit < Infinity) return hit;
    f += slope * (tj - t);
    t = tj;
    // Unit j switches on (v > 0) or off (v < 0) at tj.
    slope += v[j] > 0 ? l2.W[j] * v[j] : -l2.W[j] * v[j];
  }
  return crossIn(cap);
}

/** First crossing along ±dir within cap (docs/science.md §6's normal distance); cap when none. */
export function normalDistanceExact(w: MlpWeights, p: ArrayLike<number>, dir: ArrayLike<number>, cap: number): number {
  const neg = Array.from(dir, (d) => -d);
  return Math.min(cap, firstCrossingAlongRay(w, p, dir, cap), firstCrossingAlongRay(w, p, neg, cap));
}
