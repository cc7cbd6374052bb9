/**
 * Tables of the experiment results, for the CLI (markdown), the app's CSV export and JSON
 * (typed arrays become plain arrays). One table builder per experiment.
 */
import { writeCsv } from '../csv';
import type { TrainingComparison, DimpleSummary } from './dimpleComparison';
import type { AlignmentSeries } from './gradientAlignment';
import type { ParadoxResult } from './paradox';

export interface Table {
  header: string[];
  rows: (string | number)[][];
}

const fmt = (v: string | number, digits: number): string => {
  if (typeof v === 'string') return v.replace(/\|/g, '\\|');
  if (!Number.isFinite(v)) return '';
  return Number.isInteger(v) ? String(v) : v.toFixed(digits);
};

/** Markdown table; numbers to `digits` decimals (integers as they are), pipes escaped. */
export function markdownTable(t: Table, digits = 3): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => fmt(c, digits)).join(' | ')} |`;
  return [line(t.header), line(t.header.map(() => '---')), ...t.rows.map(line)].join('\n');
}

/** RFC 4180 CSV through the app's one writer (full precision; non-finite numbers are empty fields). */
export function toCsv(t: Table): string {
  return writeCsv(t.header, t.rows);
}

/** JSON.stringify replacer: typed arrays as plain arrays, non-finite numbers as null. */
export function jsonReplacer(_key: string, v: unknown): unknown {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/** Before / standard / adversarial: C, median |D_i|, share |D_i| >= eps, training accuracy. */
export function comparisonTable(c: TrainingComparison): Table {
  const row = (name: string, s: DimpleSummary) => [name, s.clinging, s.medianAbsD, s.fracAtLeastEps, s.accuracy];
  return {
    header: ['network', 'C', 'median |D_i|', `share |D_i| >= ${c.eps}`, 'train accuracy'],
    rows: [row('init', c.before), row(`standard (${c.epochs} ep)`, c.standard.after), row(`adversarial (${c.epochs} ep)`, c.adversarial.after)],
  };
}

/** One row per paradox run (e.g. per target rule). */
export function paradoxTable(runs: { name: string; r: Omit<ParadoxResult, 'n1' | 'n2' | 'adversarial' | 'originalLabels'> }[]): Table {
  return {
    header: ['run', 'N1 test acc', 'attack success', 'mean |delta|', 'N2 clean test acc', 'N2 acc on own (mislabelled) set', 'N2 clean train acc', 'chance', 'majority'],
    rows: runs.map(({ name, r }) => [
      name, r.n1TestAccuracy, r.attackSuccess, r.meanPerturbation, r.n2TestAccuracy, r.n2MislabelledAccuracy, r.n2CleanTrainAccuracy, r.chance, r.majority,
    ]),
  };
}

/** rho_g over training with the null band (docs/science.md §4). */
export function alignmentTable(s: AlignmentSeries): Table {
  return {
    header: [
      'epoch',
      'train acc',
      'test acc',
      'mean rho_g train',
      'median rho_g train',
      'mean rho_g test',
      'median rho_g test',
      'null mean k/n',
      'null 2.5 %',
      'null 97.5 %',
      'support-matched null train',
      'support-matched null test',
    ],
    rows: s.points.map((p) => [
      p.epoch,
      p.trainAccuracy,
      p.testAccuracy,
      p.train.mean,
      p.train.median,
      p.test.mean,
      p.test.median,
      s.nullMean,
      s.nullLo,
      s.nullHi,
      p.train.supportNull,
      p.test.supportNull,
    ]),
  };
}
