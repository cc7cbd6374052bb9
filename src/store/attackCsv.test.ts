import { describe, expect, it } from 'vitest';
import type { AttackRow } from '../engine/attackTypes';
import { csvField, rowsToCsv } from './attackCsv';

const row = (index: number, extra: Partial<AttackRow> = {}): AttackRow => ({
  index, label: index % 2, attackId: 'deepFool', success: true, flipStep: 2, steps: 2, l2: 0.05, linf: 0.04, rho: 0.01,
  angleDeg: 84.3, tangentNorm: 0.005, normalNorm: 0.0497, originalClass: 0, originalConfidence: 0.9, finalClass: 1,
  finalConfidence: 0.51, ...extra,
});

/** Minimal RFC 4180 reader for the round trip. */
function parse(csv: string): string[][] {
  const out: string[][] = [];
  let field = '';
  let line: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      line.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      line.push(field);
      out.push(line);
      line = [];
      field = '';
      i++;
    }
    else field += ch;
  }
  return out;
}

describe('attack CSV', () => {
  it('has a header and one row per point with the same number of fields', () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i, i === 3 ? { freeNorm: 0.05, onNorm: null, offNorm: 0.06 } : {}));
    const table = parse(rowsToCsv(rows));
    expect(table.length).toBe(26);
    const header = table[0];
    expect(header.slice(0, 6)).toEqual(['index', 'label', 'attack', 'success', 'flipStep', 'steps']);
    expect(table.every((r) => r.length === header.length)).toBe(true);
    const r3 = Object.fromEntries(header.map((h, j) => [h, table[4][j]]));
    expect(r3).toMatchObject({ index: '3', label: '1', attack: 'deepFool', success: 'true', rho: '0.01', freeFlipNorm: '0.05', onFlipNorm: '', offFlipNorm: '0.06' });
  });

  it('quotes fields with commas, quotes or newlines, and leaves missing numbers empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(0.125)).toBe('0.125');
    expect(parse(rowsToCsv([row(0, { flipStep: null, rho: NaN })]))[1][4]).toBe('');
  });
});
