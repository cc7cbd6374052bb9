import type { AttackRow } from '../engine/attackTypes';

/** CSV export of batch / comparison rows: one line per point, RFC 4180 quoting. */

const COLUMNS: { name: string; value: (r: AttackRow) => unknown }[] = [
  { name: 'index', value: (r) => r.index },
  { name: 'label', value: (r) => r.label },
  { name: 'attack', value: (r) => r.attackId },
  { name: 'success', value: (r) => r.success },
  { name: 'flipStep', value: (r) => r.flipStep },
  { name: 'steps', value: (r) => r.steps },
  { name: 'l2', value: (r) => r.l2 },
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

/** One CSV field: empty for missing or non-finite numbers, quoted when it holds , " or a newline. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header plus one line per row, CRLF line ends (RFC 4180). */
export function rowsToCsv(rows: AttackRow[]): string {
  const lines = [COLUMNS.map((c) => c.name).join(',')];
  for (const r of rows) lines.push(COLUMNS.map((c) => csvField(c.value(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}
