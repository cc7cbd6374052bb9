import { norm2 } from '../linalg';
import { singleGradientStep } from './singleStep';
import type { AttackContext, AttackResult } from './types';

export interface FgmParams {
  eps: number;
}
export const FGM_DEFAULTS: FgmParams = { eps: 1 };

/** FGM (L2), docs/science.md §7: x' = clip(x0 + eps grad/|grad|); a single step. */
export function fgm(ctx: AttackContext, params: Partial<FgmParams> = {}): AttackResult {
  const { eps } = { ...FGM_DEFAULTS, ...params };
  return singleGradientStep(ctx, 'fgm', (grad) => {
    const k = eps / Math.max(norm2(grad), 1e-12);
    return grad.map((g) => k * g);
  });
}
