/**
 * Experiments A and B as text: the markdown table the CLI prints (every ratio next to its
 * §4 null and the §3 reference), and per-image CSV for the export buttons.
 */
import { ratiosFromRho } from '../geometry/nullModel';
import type { Stat } from '../stats';
import { AB_MEASURES, AB_REFERENCE, type ABSummary } from './experimentABStats';
import type { ABRow } from './experimentAB';
import { writeCsv, type CsvCell } from '../csv';

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');

interface TableLine {
  label: string;
  stat: Stat;
  note: string;
}

/** The lines of the summary table, shared by the markdown and the UI. */
export function abTableLines(s: ABSummary): TableLine[] {
  const nul = s.null;
  const km = nul ? nul.mean : NaN;
  const nullNote = nul ? `null k/n = ${f(km)} ± ${f(nul.sd)} (95 %: ${f(nul.lo)}–${f(nul.hi)})` : '';
  const st = s.stats;
  const sn = s.supportNull;
  const pct = (v: number) => `${f(100 * v, 0)} %`;
  const band = (lo: Stat, hi: Stat) => `mean per-image 95 %: ${f(lo.mean)}–${f(hi.mean)}`;
  return [
    { label: 'ρ_δ (PGD δ vs AE tangent)', stat: st.rhoDelta, note: `${nullNote}; below 2.5 % quantile: ${pct(s.belowNull)}, above 97.5 %: ${pct(s.aboveNull)}` },
    { label: 'support-matched null of ρ_δ', stat: st.supportNullDelta, note: `δ's own pixels and magnitudes, random signs (the fairer yardstick, §4); ${band(st.supportNullDeltaLo, st.supportNullDeltaHi)}; ρ_δ above its image's 97.5 %: ${pct(sn.deltaAbove)}, below 2.5 %: ${pct(sn.deltaBelow)}` },
    { label: 'pixels where δ ≠ 0', stat: st.deltaSupport, note: `of n = ${s.n}; the rest sit on a box face` },
    { label: 'ρ_δ vs random k-frame', stat: st.rhoRandom, note: `baseline, expect ≈ k/n = ${f(km)}` },
    { label: 'ρ_g (margin gradient)', stat: st.rhoGrad, note: 'linearised prediction of ρ_δ (§4)' },
    { label: 'support-matched null of ρ_g', stat: st.supportNullGrad, note: `g's own magnitudes, random signs; ${band(st.supportNullGradLo, st.supportNullGradHi)}; ρ_g above its image's 97.5 %: ${pct(sn.gradAbove)}, below 2.5 %: ${pct(sn.gradBelow)}` },
    { label: '|P_T δ|', stat: st.tangentNorm, note: '' },
    { label: '|P_N δ|', stat: st.normalNorm, note: '' },
    { label: 'L2 to flip, unconstrained', stat: st.normFree, note: `ref. 28×28: ${AB_REFERENCE.normFree}` },
    { label: 'L2 to flip, on-manifold', stat: st.normOn, note: `ref. 28×28: ${AB_REFERENCE.normOn}; no flip: ${s.noFlip.on}` },
    { label: 'L2 to flip, off-manifold', stat: st.normOff, note: `ref. 28×28: ${AB_REFERENCE.normOff}; no flip: ${s.noFlip.off}` },
    { label: 'r_on = on / unconstrained', stat: st.rOn, note: `ratio of means ${f(s.ratioOfMeans.rOn, 2)}; ref. ${AB_REFERENCE.rOn}; null 1/√(k/n) = ${f(ratiosFromRho(km).rOn, 2)}` },
    { label: 'r_off = off / unconstrained', stat: st.rOff, note: `ratio of means ${f(s.ratioOfMeans.rOff, 2)}; ref. ${AB_REFERENCE.rOff}; null 1/√(1−k/n) = ${f(ratiosFromRho(km).rOff, 2)}` },
    { label: 'r_on⁻² + r_off⁻²', stat: st.consistency, note: '1 under local linearity (§4)' },
  ];
}

/** Markdown summary table (docs/science.md §3 experiments, §4 null). */
export function abMarkdown(s: ABSummary, title = ''): string {
  const head = [
    title && `### ${title}`,
    `${s.attempted - s.skipped} images attacked (${s.skipped} misclassified skipped), tangent dimension k = ${s.k}, n = ${s.n}.`,
    '',
    '| quantity | mean | median | IQR | sd | count | null / reference |',
    '|---|---|---|---|---|---|---|',
  ].filter((l, i) => i > 0 || l);
  const lines = abTableLines(s).map(({ label, stat, note }) =>
    `| ${label} | ${f(stat.mean)} | ${f(stat.median)} | ${f(stat.q25)}–${f(stat.q75)} | ${f(stat.sd)} | ${stat.count} | ${note} |`);
  return [...head, ...lines].join('\n');
}

const CSV_COLUMNS = ['index', 'label', 'pred', 'skipped', 'rank', 'advClass', 'stalled', 'deltaNorm', ...AB_MEASURES, 'stepsFree', 'stepsOn', 'stepsOff'] as const;

/** One CSV line per image (empty cells where a value does not exist). */
export function abCsv(rows: readonly ABRow[]): string {
  return writeCsv(CSV_COLUMNS, rows.map((r) => CSV_COLUMNS.map((c) => (r as unknown as Record<string, CsvCell>)[c])));
}
