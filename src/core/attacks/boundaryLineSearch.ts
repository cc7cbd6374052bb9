/** Both ends of a bisected segment: `clean` on the start's side of the boundary, `adversarial` past it. */
export interface Bracket {
  clean: Float64Array;
  adversarial: Float64Array;
}

/** Maps a point back onto a constraint set (an exact toy manifold); identity when absent. */
export type Onto = (x: Float64Array) => Float64Array;

/**
 * Bisect the segment from `clean` (not adversarial) to `adversarial` `halvings` times, keeping one
 * end on each side. With `onto` every midpoint is mapped onto M first, so an exact-manifold path's
 * bracket stays on M. After h halvings both ends lie within 2⁻ʰ of the segment's length of a
 * boundary point. Costs `halvings` forward passes.
 */
export function bisectSegment(
  clean: Float64Array,
  adversarial: Float64Array,
  isAdv: (x: Float64Array) => boolean,
  halvings = 30,
  onto?: Onto,
): Bracket {
  let good = clean;
  let bad = adversarial;
  const n = good.length;
  for (let it = 0; it < halvings; it++) {
    let mid: Float64Array = new Float64Array(n);
    for (let i = 0; i < n; i++) mid[i] = 0.5 * (good[i] + bad[i]);
    if (onto) mid = onto(mid);
    if (isAdv(mid)) bad = mid;
    else good = mid;
  }
  return { clean: good, adversarial: bad };
}

export interface LineSearchOptions {
  /** η ≥ 0: the end point is x₀ + (1 + η)(c − x₀) with c the crossing, when that is still adversarial (DeepFool). */
  overshoot?: number;
  onto?: Onto;
  halvings?: number;
  lo: Float64Array;
  hi: Float64Array;
}

/** The path's first boundary crossing and the end points a minimal-distance attack may take from it. */
export interface FirstCrossing {
  /** c⁺: the adversarial end of the bisection bracket, within 2⁻ʰ of the segment of the boundary. */
  crossing: Float64Array;
  /** x₀ + (1 + η)(c⁺ − x₀), clipped, when η > 0 and that point is adversarial; else null. */
  overshot: Float64Array | null;
  /** From c⁺ to the first flipped iterate: the way further past the boundary along the path. */
  along: Float64Array;
}

/**
 * The path's first boundary crossing (docs/science.md §7, "boundary line search"): bisection of
 * the segment into the first flipped iterate. A linearised or finite step can land far past the
 * boundary (DeepFool's first step on a ReLU net: up to 4.5× the crossing distance on the
 * paper-plane toy), so a minimal-distance attack ends here instead (Trace.endAtFirstCrossing),
 * with ‖δ‖ ≤ (1 + η)·‖c − x₀‖ up to the bracket and float32 rounding. Null without a flip or when
 * the first recorded iterate already counts as flipped.
 */
export function firstCrossing(
  trajectory: readonly Float64Array[],
  flipStep: number | null,
  isAdv: (x: Float64Array) => boolean,
  opts: LineSearchOptions,
): FirstCrossing | null {
  if (flipStep === null || flipStep === 0) return null;
  const x0 = trajectory[0];
  const flipped = trajectory[flipStep];
  const crossing = bisectSegment(trajectory[flipStep - 1], flipped, isAdv, opts.halvings ?? 30, opts.onto).adversarial;
  const eta = opts.overshoot ?? 0;
  let overshot: Float64Array | null = null;
  if (eta > 0) {
    const o = crossing.map((v, i) => Math.min(opts.hi[i], Math.max(opts.lo[i], x0[i] + (1 + eta) * (v - x0[i]))));
    if (isAdv(o)) overshot = o;
  }
  return { crossing, overshot, along: flipped.map((v, i) => v - crossing[i]) };
}
