import { z } from 'zod';
import { finiteNumber, isNumericToken, readCsv, writeCsv } from '../core/csv';
import { binaryKind } from '../core/binaryText';
import { MAX_POINTS, type PointSet } from './pointHistory';

/**
 * Import and export of a toy point set as CSV (`x,y[,z],label`) or JSON. Imports are validated
 * whole (size, shape, finite numbers, labels, view box) before anything changes: a bad file
 * yields one clear message and the current data stay as they are.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ImportTarget {
  n: number;
  numClasses: number;
  bounds: { lo: number[]; hi: number[] };
}

export type ImportResult = { ok: true; set: PointSet } | { ok: false; message: string };

const jsonSchema = z.object({
  version: z.literal(1),
  n: z.number().int(),
  points: z.array(z.array(z.number())).max(MAX_POINTS),
  labels: z.array(z.number().int()),
});

export function exportCsv(set: PointSet): string {
  const axes = set.n <= 3 ? ['x', 'y', 'z'].slice(0, set.n) : Array.from({ length: set.n }, (_, a) => `x${a}`);
  const rows = Array.from({ length: set.labels.length }, (_, i) => [
    ...Array.from(set.points.subarray(i * set.n, (i + 1) * set.n), (v) => Number(v.toPrecision(7))),
    set.labels[i],
  ]);
  return writeCsv([...axes, 'label'], rows);
}

export function exportJson(set: PointSet): string {
  const points = Array.from({ length: set.labels.length }, (_, i) =>
    Array.from(set.points.subarray(i * set.n, (i + 1) * set.n), (v) => Number(v.toPrecision(7))),
  );
  return JSON.stringify({ version: 1, n: set.n, points, labels: Array.from(set.labels) });
}

export function importPointSet(text: string, fileName: string, target: ImportTarget): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(`${fileName} is larger than ${MAX_IMPORT_BYTES / 1e6} MB.`);
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${fileName} is empty.`);
  // A binary file (an image renamed to .csv) is said to be one, not parsed into row errors.
  const binary = binaryKind(text);
  if (binary) return fail(`${fileName} is not a text ${formatOf(fileName)} (it looks like ${binary}): ${EXPORT_HINT}`);
  const rows = trimmed.startsWith('{') ? parseJson(trimmed) : parseCsv(trimmed, target.n);
  if (typeof rows === 'string') return fail(`${fileName}: ${rows}`);
  const problem = validateRows(rows, target);
  if (problem) return fail(`${fileName}: ${problem}`);
  const points = new Float32Array(rows.length * target.n);
  rows.forEach((r, i) => points.set(r.x, i * target.n));
  return { ok: true, set: { n: target.n, points, labels: Int32Array.from(rows, (r) => r.label) } };
}

/** Where a point file the importer reads comes from. */
const EXPORT_HINT = 'export points with Points → CSV or JSON, or save a spreadsheet as CSV (UTF-8).';

const formatOf = (fileName: string) => (/\.json$/i.test(fileName) ? 'JSON file' : /\.csv$/i.test(fileName) ? 'CSV' : 'CSV or JSON file');

interface Row {
  x: number[];
  label: number;
}

function parseJson(text: string): Row[] | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return `not valid JSON (${(e as Error).message}).`;
  }
  const parsed = jsonSchema.safeParse(raw);
  if (!parsed.success)
    return `not a point-set file (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message}).`;
  const { points, labels } = parsed.data;
  if (points.length !== labels.length) return `${points.length} points but ${labels.length} labels.`;
  return points.map((x, i) => ({ x, label: labels[i] }));
}

function parseCsv(text: string, n: number): Row[] | string {
  const read = readCsv(text);
  if (!read.ok) return read.message;
  let records = read.records;
  // A header is a first row none of whose fields reads as a number (NaN and Infinity included):
  // a data row with a bad value is then rejected with its line instead of dropped.
  const header = records.length > 0 && !records[0].fields.some(isNumericToken) ? records[0].fields : null;
  if (header) records = records.slice(1);
  // R's write.csv puts the row names in an unnamed first column.
  const rowNames = header !== null && header.length === n + 2 && header[0] === '';
  if (records.length > MAX_POINTS) return `more than ${MAX_POINTS} points.`;
  const rows: Row[] = [];
  for (const { line, fields } of records) {
    const cells = rowNames ? fields.slice(1) : fields;
    if (cells.length !== n + 1)
      return `line ${line} has ${cells.length} ${cells.length === 1 ? 'value' : 'values'}; expected ${n} coordinates and a label.`;
    const nums = cells.map((c) => finiteNumber(c, read.delimiter));
    const bad = nums.findIndex((v) => v === null);
    if (bad >= 0) return `line ${line}: "${cells[bad].slice(0, 20)}" is not a finite number.`;
    rows.push({ x: nums.slice(0, n) as number[], label: nums[n] as number });
  }
  return rows;
}

function validateRows(rows: Row[], t: ImportTarget): string | null {
  if (rows.length < 2) return 'at least two points are needed.';
  if (rows.length > MAX_POINTS) return `more than ${MAX_POINTS} points.`;
  for (let i = 0; i < rows.length; i++) {
    const { x, label } = rows[i];
    if (x.length !== t.n) return `point ${i + 1} has ${x.length} coordinates; this manifold needs ${t.n}.`;
    if (x.some((v) => !Number.isFinite(v))) return `point ${i + 1} has a coordinate that is not a finite number.`;
    if (!Number.isInteger(label) || label < 0 || label >= t.numClasses)
      return `point ${i + 1} has label ${label}; labels must be 0 to ${t.numClasses - 1}.`;
    const out = x.findIndex((v, a) => v < t.bounds.lo[a] || v > t.bounds.hi[a]);
    if (out >= 0) return `point ${i + 1} lies outside the view box on axis ${'xyz'[out] ?? out} (${x[out]}).`;
  }
  return null;
}

function fail(message: string): ImportResult {
  return { ok: false, message: `${message} The current points were kept.` };
}
