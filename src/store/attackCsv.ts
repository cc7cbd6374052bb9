import { writeCsv, type CsvCell } from '../core/csv';
import type { AttackRow } from '../engine/attackTypes';

/** CSV export of batch / comparison rows: one line per point. */

const COLUMNS: { name: string; value: (r: AttackRow) => CsvCell }[] = [
  { name: 'index', value: (r) => r.index },
  { name: 'label', value: (r) => r.label },
  { name: 'attack', value: (r) => r.attackId },
  // 'budget': l2 is the ε the attack spent; 'minimal': l2 ends at the first crossing (docs/science.md §7).
  { name: 'kind', value: (r) => r.kind },
  { name: 'success', value: (r) => r.success },
  { name: 'start', value: (r) => r.start },
  { name: 'flipStep', value: (r) => r.flipStep },
  { name: 'steps', value: (r) => r.steps },
  { name: 'l2', value: (r) => r.l2 },
  { name: 'crossingL2', value: (r) => r.crossingL2 },
  { name: 'linf', value: (r) => r.linf },
  { name: 'rho', value: (r) => r.rho },
  { name: 'angleDeg', value: (r) => r.angleDeg },
  { name: 'tangentNorm', value: (r) => r.tangentNorm },
  { name: 'normalNorm', value: (r) => r.normalNorm },
  { name: 'origClass', value: (r) => r.originalClass },
  { name: 'origConfidence', value: (r) => r.originalConfidence },
  { name: 'finalClass', value: (r) => r.finalClass },
  { name: 'finalConfidence', value: (r) => r.finalConfidence },
  { name: 'freeFlipNorm', value: (r) => r.freeNorm },
  { name: 'onFlipNorm', value: (r) => r.onNorm },
  { name: 'offFlipNorm', value: (r) => r.offNorm },
];

/** Header plus one line per row, through the app's one CSV writer (RFC 4180, CRLF). */
export function rowsToCsv(rows: AttackRow[]): string {
  return writeCsv(
    COLUMNS.map((c) => c.name),
    rows.map((r) => COLUMNS.map((c) => c.value(r))),
  );
}
