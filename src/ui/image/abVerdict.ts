/**
 * The one-line verdict of Experiment A: mean ρ_δ judged against its support-matched null
 * (docs/science.md §4: on images the pixel box holds many pixels at 0 or 1, so δ moves only the
 * others, and the tangent space weighs pixels unevenly; the null keeps δ's own pixels and
 * magnitudes and draws only the signs), with k/n beside it as the textbook baseline.
 * The test is the paired difference ρ_δ − null over digits, at ±2 standard errors.
 */
import type { ABRow } from '../../core/experiments/experimentAB';
import type { ABSummary } from '../../core/experiments/experimentABStats';

export interface AbVerdict {
  /** The sentence shown. */
  readonly text: string;
  /** Mean over digits of ρ_δ − its own support-matched null mean (NaN when there is none). */
  readonly excess: number;
  /** Two standard errors of `excess`. */
  readonly band: number;
}

const f = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '–');
const signed = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}` : '–');

/** Mean ± 2 standard errors of ρ_δ − its support-matched null, over digits with both. */
export function pairedExcess(rows: readonly ABRow[]): { mean: number; band: number; count: number } {
  const d = rows
    .filter((r) => !r.skipped && Number.isFinite(r.rhoDelta) && Number.isFinite(r.supportNullDelta))
    .map((r) => (r.rhoDelta as number) - (r.supportNullDelta as number));
  const count = d.length;
  if (count === 0) return { mean: NaN, band: NaN, count };
  const mean = d.reduce((s, v) => s + v, 0) / count;
  const sd = count > 1 ? Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (count - 1)) : NaN;
  return { mean, band: (2 * sd) / Math.sqrt(count), count };
}

export function abVerdict(s: ABSummary, rows: readonly ABRow[]): AbVerdict {
  const rho = s.stats.rhoDelta.mean;
  const sm = s.stats.supportNullDelta.mean;
  const kn = s.null?.mean ?? NaN;
  const { mean, band, count } = pairedExcess(rows);
  const head = `ρ_δ = ${f(rho)} vs its support-matched null ${f(sm)} (k/n = ${f(kn)}); ρ_δ − null = ${signed(mean)} ± ${f(band)}: `;
  if (!(count > 1 && Number.isFinite(band))) return { text: `${head}too few digits to compare.`, excess: mean, band };
  const text =
    mean + band < 0
      ? 'δ is more normal to M than a random perturbation on the same pixels (the DMM claim, beyond k ≪ n and the pixel box).'
      : mean - band > 0
        ? 'δ leans towards M more than a random perturbation on the same pixels — not the DMM direction.'
        : 'indistinguishable from a random perturbation on the same pixels: "mostly normal" here follows from k ≪ n and the pixel box alone.';
  return { text: head + text, excess: mean, band };
}
