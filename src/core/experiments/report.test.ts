import { describe, expect, it } from 'vitest';
import { jsonReplacer, markdownTable, toCsv } from './report';

describe('result tables', () => {
  const t = { header: ['name', 'median |D_i|', 'n'], rows: [['a, "b"', 0.12345, 3], ['c', NaN, 1]] };

  it('markdown: pipes escaped, decimals fixed, integers kept, non-finite blank', () => {
    expect(markdownTable(t).split('\n')).toEqual([
      '| name | median \\|D_i\\| | n |',
      '| --- | --- | --- |',
      '| a, "b" | 0.123 | 3 |',
      '| c |  | 1 |',
    ]);
  });

  it('CSV: RFC 4180 quoting, full precision, CRLF', () => {
    expect(toCsv(t)).toBe('name,median |D_i|,n\r\n"a, ""b""",0.12345,3\r\nc,,1\r\n');
  });

  it('JSON: typed arrays become arrays, non-finite numbers null', () => {
    expect(JSON.stringify({ d: Float32Array.of(0.5, 1), x: Infinity }, jsonReplacer)).toBe('{"d":[0.5,1],"x":null}');
  });
});
