import { describe, expect, it } from 'vitest';
import { finiteNumber, isNumericToken, readCsv, writeCsv } from './csv';

const fields = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((rec) => [rec.line, ...rec.fields]);
};

describe('the one CSV reader and writer', () => {
  it('writes RFC 4180: CRLF, quotes only where needed, doubled quotes, empty non-finite numbers', () => {
    expect(
      writeCsv(
        ['name', 'v', 'ok'],
        [
          ['a, "b"', 0.12345, true],
          ['two\nlines', NaN, null],
          ['c', -Infinity, undefined],
        ],
      ),
    ).toBe('name,v,ok\r\n"a, ""b""",0.12345,true\r\n"two\nlines",,\r\nc,,\r\n');
  });

  it('reads back what it writes, field for field', () => {
    const rows = [
      ['a, "b"', '1e-7', 'x'],
      ['two\r\nlines', '-0.5', ''],
      ['', '', 'last'],
    ];
    expect(fields(writeCsv(['p', 'q', 'r'], rows)).map((r) => r.slice(1))).toEqual([
      ['p', 'q', 'r'],
      ...rows.map((r) => r.map((f) => f.trim())),
    ]);
  });

  it('accepts LF, CRLF and CR-only line ends alike', () => {
    const want = [
      [1, 'x', 'y'],
      [2, '1', '2'],
      [3, '3', '4'],
    ];
    for (const eol of ['\n', '\r\n', '\r']) expect(fields(['x,y', '1,2', '3,4', ''].join(eol))).toEqual(want);
  });

  it('counts lines across blank lines and quoted line breaks', () => {
    expect(fields('a,b\n\n"p\nq",1\nz,2\n')).toEqual([
      [1, 'a', 'b'],
      [3, 'p\nq', '1'],
      [5, 'z', '2'],
    ]);
  });

  it('detects semicolon and tab delimiters and drops a byte-order mark', () => {
    expect(readCsv('\ufeffa;b\n1;2\n')).toMatchObject({
      ok: true,
      delimiter: ';',
      records: [{ fields: ['a', 'b'] }, { fields: ['1', '2'] }],
    });
    expect(readCsv('a\tb\n1\t2\n')).toMatchObject({ ok: true, delimiter: '\t' });
  });

  it('names the line of an unclosed quote', () => {
    expect(readCsv('a,b\n1,2\n"3,4\n')).toEqual({ ok: false, message: 'line 3: a quoted field is never closed.' });
  });

  it('tells numbers and NaN / Infinity tokens from header words', () => {
    for (const t of ['0', '-1.5e3', 'NaN', 'nan', 'Inf', '-Infinity', 'NA', '1e999', '0,5']) expect(isNumericToken(t)).toBe(true);
    for (const t of ['x', 'label', '', 'x1', 'e']) expect(isNumericToken(t)).toBe(false);
  });

  it('reads finite numbers only; a decimal comma only outside comma-delimited files', () => {
    expect(finiteNumber(' 0.25 ', ',')).toBe(0.25);
    expect(finiteNumber('0,25', ';')).toBe(0.25);
    expect(finiteNumber('0,25', ',')).toBeNull();
    for (const t of ['NaN', 'Infinity', '1e999', '', 'abc']) expect(finiteNumber(t, ',')).toBeNull();
  });
});
