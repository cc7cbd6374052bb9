import { attackSpec } from '../../core/attacks/registry';
import type { AttackName } from '../../core/attacks/types';

/** A number for the readouts: '–' when missing, exponent notation when tiny or huge. */
export function fmt(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a !== 0 && (a < 10 ** -digits || a >= 1e5)) return v.toExponential(1);
  return v.toFixed(digits);
}

export function pct(p: number): string {
  return Number.isFinite(p) ? `${(p * 100).toFixed(1)} %` : '–';
}

export function attackName(id: AttackName): string {
  return attackSpec(id).displayName;
}
