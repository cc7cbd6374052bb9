import { singleGradientStep } from './singleStep';
import type { AttackContext, AttackResult } from './types';

export interface FgsmParams {
  eps: number;
}
export const FGSM_DEFAULTS: FgsmParams = { eps: 0.1 };

/** FGSM (Linf), docs/science.md §7: x' = clip(x0 + eps sign(grad)); a single step. */
export function fgsm(ctx: AttackContext, params: Partial<FgsmParams> = {}): AttackResult {
  const { eps } = { ...FGSM_DEFAULTS, ...params };
  return singleGradientStep(ctx, 'fgsm', (grad) => grad.map((g) => eps * Math.sign(g)));
}
