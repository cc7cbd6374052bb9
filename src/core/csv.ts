/**
 * The app's one CSV reader and writer, RFC 4180 through papaparse (https://www.papaparse.com):
 * quoted fields, doubled quotes, embedded line breaks, CR, LF or CRLF line ends, and the
 * delimiter (comma, semicolon or tab) detected from the text. Every CSV the app writes — points,
 * attack rows, experiment tables — goes through `writeCsv`; every CSV it reads through `readCsv`.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Header plus rows as RFC 4180 text with CRLF line ends. Numbers at full precision; a missing
 * (null / undefined) or non-finite number is an empty field; a field with a delimiter, a quote
 * or a line break is quoted.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    return String(v);
  };
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(cell)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return text + '\r\n';
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  /** Unquoted, trimmed fields. */
  fields: string[];
}

export type CsvRead = { ok: true; records: CsvRecord[]; delimiter: string } | { ok: false; message: string };

/**
 * Text -> records, blank lines skipped, a leading byte-order mark dropped. Fails (with the line)
 * only on an unclosed quote; field counts are the caller's to check.
 */
export function readCsv(text: string): CsvRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // papaparse guesses the delimiter only reliably without blank lines; the second pass keeps
  // them so that every record knows its line.
  const { delimiter } = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy', preview: 20 }).meta;
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  // Line of each record: records before it may hold quoted line breaks.
  const lines: number[] = [];
  let line = 1;
  for (const raw of parsed.data) {
    lines.push(line);
    line += 1 + raw.reduce((s, f) => s + countBreaks(f), 0);
  }
  const unclosed = parsed.errors.find((e) => e.type === 'Quotes');
  if (unclosed) return { ok: false, message: `line ${lines[unclosed.row ?? 0] ?? 1}: a quoted field is never closed.` };
  const records: CsvRecord[] = [];
  parsed.data.forEach((raw, i) => {
    const fields = raw.map((f) => f.trim());
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: lines[i], fields });
  });
  return { ok: true, records, delimiter: parsed.meta.delimiter };
}

const countBreaks = (s: string): number => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** NaN / Infinity spellings that spreadsheets, R, NumPy and pandas write. */
const NON_FINITE = /^[+-]?(nan|inf|infinity|na)$/i;

/** Does the field read as a number, or as a NaN / Infinity token (then it is data, not a header)? */
export function isNumericToken(field: string): boolean {
  const f = field.trim();
  return f !== '' && (!Number.isNaN(Number(f)) || NON_FINITE.test(f) || /^[+-]?\d*,\d+$/.test(f));
}

/**
 * A field as a finite number, or null. A decimal comma (`0,25`) is read as a point when the file
 * is delimited by semicolons or tabs, as European spreadsheets write it.
 */
export function finiteNumber(field: string, delimiter: string): number | null {
  let f = field.trim();
  if (f === '') return null;
  if (delimiter !== ',' && /^[+-]?\d*,\d+(e[+-]?\d+)?$/i.test(f)) f = f.replace(',', '.');
  const v = Number(f);
  return Number.isFinite(v) ? v : null;
}
