import { attackSpec } from '../../core/attacks/registry';
import type { AttackKind, AttackName } from '../../core/attacks/types';
import type { StartStatus } from '../../core/attacks/confirmAdversarial';

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

/**
 * What to say about a start that was already "there" (core/attacks/confirmAdversarial.ts):
 * null for a clean start. Such runs report no flip and are left out of every statistic.
 */
export function startNote(r: { start: StartStatus; originalClass: number; label: number | null }): string | null {
  if (r.start === 'in-target')
    return `already in the target class (predicted ${r.originalClass} at the start): nothing to flip, left out of the statistics`;
  if (r.start === 'misclassified')
    return `the start is already misclassified (label ${r.label ?? '?'}, predicted ${r.originalClass}): not an adversarial flip, left out of the statistics`;
  return null;
}

/** What ‖δ‖ means for each kind of attack (docs/science.md §7), for the readout and the compare table. */
export const KIND_LABEL: Record<AttackKind, string> = { budget: 'fixed budget ε', minimal: 'minimal distance' };
export const KIND_HELP: Record<AttackKind, string> = {
  budget:
    'Fixed budget (FGSM, FGM, PGD without “Stop at first flip”): the attack spends its ε however close the boundary is, so ‖δ‖ is the budget, not a distance. The crossing (◆) gives the distance along its path.',
  minimal:
    'Minimal distance (DeepFool, Carlini-Wagner, PGD or the manifold walk with “Stop at first flip”): the attack ends at its path’s first boundary crossing (DeepFool: (1 + η) times it), so ‖δ‖ measures a distance to the boundary.',
};
