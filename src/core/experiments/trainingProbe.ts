/**
 * DMM metrics over training on a fixed probe of test images (docs/science.md §3, §4): the
 * gradient share ρ_g = |P_T g|²/|g|² of the margin gradient on a gradient probe (cheap: one
 * backward pass a digit), and on a smaller attack probe the L2 norm to flip by early-stop
 * PGD-L2 unconstrained, on-manifold and off-manifold (Experiment B's flipRun), r_on and r_off
 * as ratios of means, r_on⁻² + r_off⁻², and ρ_δ of the unconstrained perturbation.
 *
 * Each ρ comes with its support-matched null (§4, the pixel box): the same vector's per-pixel
 * magnitudes with random signs, averaged over the probe (`NullBand`).
 *
 * During training many probe digits are still misclassified, so every quantity is taken with
 * respect to the network's *current prediction* at x: the margin of the predicted class and
 * the distance to the nearest boundary of its region. The probe itself never changes.
 */
import { decompose } from '../geometry/projector';
import { supportMatchedMean, supportMatchedNull } from '../geometry/supportMatchedNull';
import { projectorFromBasis } from '../geometry/decoderTangent';
import { createRng } from '../rng';
import { predictClass, type Classifier } from '../model/classifier';
import { marginGradient } from './experimentA';
import { flipRun, type FlipMode } from './experimentB';
import { stat, type Stat } from '../stats';

/** Row-major images, as the data sets hold them. */
export interface ProbeImages {
  readonly images: Float32Array | Float64Array;
  readonly labels: ArrayLike<number>;
  readonly n: number;
  readonly count: number;
}

/** Indices into the test split: the attack probe is the first `attack` of the gradient probe. */
export interface TrainingProbe {
  readonly gradient: Int32Array;
  readonly attack: Int32Array;
  readonly seed: number;
}

/** Seeded choice of `gradientCount` distinct test images; the first `attackCount` are attacked. */
export function chooseProbe(count: number, gradientCount: number, attackCount: number, seed: number): TrainingProbe {
  const m = Math.min(count, gradientCount);
  const p = Int32Array.from({ length: count }, (_, i) => i);
  const rng = createRng(seed * 7919 + 17);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(count - i);
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  const gradient = p.slice(0, m);
  return { gradient, attack: gradient.slice(0, Math.min(m, attackCount)), seed };
}

export const imageOf = (src: ProbeImages, i: number): Float64Array => Float64Array.from(src.images.subarray(i * src.n, (i + 1) * src.n));

/**
 * The support-matched null of ρ over a probe (docs/science.md §4): per digit the exact mean and the
 * 2.5 / 97.5 % quantiles of the vector's random-sign draws, averaged over the digits; so `mean`
 * is what mean ρ would be by chance and [lo, hi] is a single digit's 95 % band. The gradient
 * probe takes the band's draws on its first BAND_DIGITS digits only (they cost draws·k·n a digit,
 * the mean only k·n), the mean on all.
 */
export interface NullBand {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** Mean count of pixels where the vector is nonzero. */
  readonly support: number;
  /** Digits averaged. */
  readonly count: number;
}

/** Random-sign draws per digit: the band is averaged over the probe, so its Monte Carlo noise is small. */
export const PROBE_NULL_DRAWS = 100;
/** Gradient-probe digits whose null band is drawn (the attack probe's size). */
export const BAND_DIGITS = 16;

/** The support-matched null of one vector (null for a zero vector), seeded by the digit's index. */
export function digitNull(v: ArrayLike<number>, Q: readonly ArrayLike<number>[], index: number, draws = PROBE_NULL_DRAWS) {
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) return supportMatchedNull(v, Q, { draws, seed: 1 + index });
  return null;
}

/** Averages per-digit nulls (null entries and non-finite fields skipped); NaN fields when none is left. */
export function nullBandOf(nulls: readonly ({ mean: number; lo: number; hi: number; support: number } | null)[]): NullBand {
  const ok = nulls.filter((x): x is NonNullable<typeof x> => x !== null);
  const avg = (f: (x: (typeof ok)[number]) => number) => {
    const v = ok.map(f).filter(Number.isFinite);
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : NaN;
  };
  return { mean: avg((x) => x.mean), lo: avg((x) => x.lo), hi: avg((x) => x.hi), support: avg((x) => x.support), count: ok.length };
}

export interface GradientProbeResult {
  /** ρ_g per gradient-probe digit (NaN where the gradient is zero). */
  readonly rho: Float64Array;
  readonly stat: Stat;
  /** The gradients' support-matched null. */
  readonly supportNull: NullBand;
}

/** ρ_g of the predicted class's margin gradient on every probe digit; Q[i] is the tangent basis at probe digit i. */
export function gradientProbe(
  clf: Classifier,
  src: ProbeImages,
  indices: ArrayLike<number>,
  Q: readonly Float64Array[][],
  draws = PROBE_NULL_DRAWS,
): GradientProbeResult {
  const grads = Array.from(indices, (i) => {
    const x = imageOf(src, i);
    return marginGradient(clf, x, predictClass(clf.logits(x)));
  });
  return gradientShares(grads, indices, Q, draws);
}

/**
 * ρ_g and its support-matched null from gradients already taken (grads[t] at probe digit
 * indices[t], tangent basis Q[t]), e.g. many digits' in one batched backend call.
 */
export function gradientShares(
  grads: readonly ArrayLike<number>[],
  indices: ArrayLike<number>,
  Q: readonly Float64Array[][],
  draws = PROBE_NULL_DRAWS,
): GradientProbeResult {
  if (grads.length !== indices.length) throw new Error(`gradientShares: ${grads.length} gradients for ${indices.length} probe digits`);
  const rho = new Float64Array(indices.length);
  const nulls = [];
  for (let t = 0; t < indices.length; t++) {
    const g = grads[t];
    rho[t] = decompose(Q[t], Float64Array.from(g)).rho;
    const mean = supportMatchedMean(g, Q[t]);
    let support = 0;
    for (let i = 0; i < g.length; i++) if (g[i] !== 0) support++;
    nulls.push(t < BAND_DIGITS ? digitNull(g, Q[t], indices[t], draws) : Number.isFinite(mean) ? { mean, lo: NaN, hi: NaN, support } : null);
  }
  return { rho, stat: stat(rho), supportNull: nullBandOf(nulls) };
}

export interface FlipProbeOptions {
  readonly stepSize: number;
  readonly maxSteps: number;
  readonly refine: number;
  readonly lo: number;
  readonly hi: number;
}
/** The browser's Experiment A+B settings (engine/imageApi.ts): 0.02 steps, a 30-unit path. */
export const FLIP_PROBE_DEFAULTS: FlipProbeOptions = { stepSize: 0.02, maxSteps: 1500, refine: 20, lo: 0, hi: 1 };

/** One attack-probe digit: flip norms (null = no flip), ρ_δ, and the three paths' flip points. */
export interface FlipProbeRow {
  readonly index: number;
  readonly pred: number;
  readonly free: number | null;
  readonly on: number | null;
  readonly off: number | null;
  readonly rhoDelta: number | null;
  /** Support-matched null of ρ_δ at this digit (null when the unconstrained run did not flip). */
  readonly deltaNull: { mean: number; lo: number; hi: number; support: number } | null;
  readonly points: Record<FlipMode, Float64Array | null>;
}

export interface AttackProbeResult {
  readonly rows: FlipProbeRow[];
  readonly free: Stat;
  readonly on: Stat;
  readonly off: Stat;
  readonly rhoDelta: Stat;
  /** ρ_δ's support-matched null over the digits that flipped. */
  readonly deltaNull: NullBand;
  /** mean(on)/mean(free) and mean(off)/mean(free) over the digits where all three flipped. */
  readonly rOn: number | null;
  readonly rOff: number | null;
  /** r_on⁻² + r_off⁻² (1 under local linearity, docs/science.md §4). */
  readonly consistency: number | null;
  /** Digits where all three attacks flipped (the ratios' support). */
  readonly complete: number;
}

/** The three flip-norm runs at one digit, against the predicted class. */
export function flipProbeRow(clf: Classifier, x0: Float64Array, index: number, Q: Float64Array[], opts: FlipProbeOptions = FLIP_PROBE_DEFAULTS, shouldStop?: () => boolean): FlipProbeRow {
  const pred = predictClass(clf.logits(x0));
  const ctx = { model: clf, x0, label: pred, lo: opts.lo, hi: opts.hi, projector: projectorFromBasis(Q), shouldStop };
  const o = { stepSize: opts.stepSize, maxSteps: opts.maxSteps, refine: opts.refine };
  const free = flipRun(ctx, 'free', o), on = flipRun(ctx, 'on', o), off = flipRun(ctx, 'off', o);
  const delta = free.point?.map((v, i) => v - x0[i]) ?? null;
  const rhoDelta = delta ? decompose(Q, delta).rho : null;
  const deltaNull = delta ? digitNull(delta, Q, index) : null;
  return { index, pred, free: free.norm, on: on.norm, off: off.norm, rhoDelta, deltaNull, points: { free: free.point, on: on.point, off: off.point } };
}

/** Aggregates of the attack probe (ratios of means, as Experiments A/B report them). */
export function summarizeFlips(rows: FlipProbeRow[]): AttackProbeResult {
  const full = rows.filter((r) => r.free !== null && r.on !== null && r.off !== null);
  const mean = (f: (r: FlipProbeRow) => number) => full.reduce((s, r) => s + f(r), 0) / full.length;
  const mFree = full.length ? mean((r) => r.free!) : NaN;
  const rOn = full.length && mFree > 0 ? mean((r) => r.on!) / mFree : null;
  const rOff = full.length && mFree > 0 ? mean((r) => r.off!) / mFree : null;
  return {
    rows,
    free: stat(rows.map((r) => r.free)), on: stat(rows.map((r) => r.on)), off: stat(rows.map((r) => r.off)),
    rhoDelta: stat(rows.map((r) => r.rhoDelta)),
    deltaNull: nullBandOf(rows.map((r) => r.deltaNull)),
    rOn, rOff, consistency: rOn !== null && rOff !== null ? rOn ** -2 + rOff ** -2 : null, complete: full.length,
  };
}

/** The attack probe over `indices` (Q[i] = tangent basis at digit indices[i]). */
export function attackProbe(
  clf: Classifier, src: ProbeImages, indices: ArrayLike<number>, Q: readonly Float64Array[][],
  opts: FlipProbeOptions = FLIP_PROBE_DEFAULTS, shouldStop?: () => boolean,
): AttackProbeResult {
  const rows: FlipProbeRow[] = [];
  for (let t = 0; t < indices.length; t++) {
    if (shouldStop?.()) break;
    rows.push(flipProbeRow(clf, imageOf(src, indices[t]), indices[t], Q[t], opts, shouldStop));
  }
  return summarizeFlips(rows);
}
