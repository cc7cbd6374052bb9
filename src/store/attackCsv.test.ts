import { describe, expect, it } from 'vitest';
import type { AttackRow } from '../engine/attackTypes';
import { readCsv } from '../core/csv';
import { rowsToCsv } from './attackCsv';

const row = (index: number, extra: Partial<AttackRow> = {}): AttackRow => ({
  index,
  label: index % 2,
  attackId: 'deepFool',
  kind: 'minimal',
  crossingL2: 0.049,
  success: true,
  start: 'clean',
  flipStep: 2,
  steps: 2,
  l2: 0.05,
  linf: 0.04,
  rho: 0.01,
  angleDeg: 84.3,
  tangentNorm: 0.005,
  normalNorm: 0.0497,
  originalClass: 0,
  originalConfidence: 0.9,
  finalClass: 1,
  finalConfidence: 0.51,
  ...extra,
});

/** Read back through the app's reader: header and rows as string arrays. */
function parse(csv: string): string[][] {
  const r = readCsv(csv);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((rec) => rec.fields);
}

describe('attack CSV', () => {
  it('has a header and one row per point with the same number of fields', () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i, i === 3 ? { freeNorm: 0.05, onNorm: null, offNorm: 0.06 } : {}));
    const table = parse(rowsToCsv(rows));
    expect(table.length).toBe(26);
    const header = table[0];
    expect(header.slice(0, 8)).toEqual(['index', 'label', 'attack', 'kind', 'success', 'start', 'flipStep', 'steps']);
    expect(header.slice(8, 10)).toEqual(['l2', 'crossingL2']);
    expect(table.every((r) => r.length === header.length)).toBe(true);
    const r3 = Object.fromEntries(header.map((h, j) => [h, table[4][j]]));
    expect(r3).toMatchObject({
      index: '3',
      label: '1',
      attack: 'deepFool',
      kind: 'minimal',
      crossingL2: '0.049',
      success: 'true',
      rho: '0.01',
      freeFlipNorm: '0.05',
      onFlipNorm: '',
      offFlipNorm: '0.06',
    });
  });

  it('leaves missing and non-finite numbers empty', () => {
    expect(parse(rowsToCsv([row(0, { flipStep: null, rho: NaN })]))[1][6]).toBe('');
    expect(parse(rowsToCsv([row(0, { flipStep: null, rho: NaN })]))[1][11]).toBe('');
    expect(parse(rowsToCsv([row(0, { kind: 'budget', crossingL2: null })]))[1].slice(3, 10)).toEqual([
      'budget',
      'true',
      'clean',
      '2',
      '2',
      '0.05',
      '',
    ]);
  });
});
