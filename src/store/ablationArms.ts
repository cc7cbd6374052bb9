import type { AblationVariant } from '../engine/panelTypes';
import { trainConfigOf } from './sceneFromSettings';
import type { Settings } from './settings';

/** One arm of the init-scale / weight-decay ablation: only these two settings differ. */
export interface AblationArm {
  id: string;
  label: string;
  help: string;
  patch: Pick<Settings, 'initScale' | 'weightDecay'>;
}

/**
 * Melamed, Yehudai & Vardi (2023, docs/science.md §5): smaller init or L2 weight decay makes a
 * 2-layer ReLU net less sensitive orthogonally to the data, i.e. the boundary clings less.
 * Measured on the paper checkerboard, Adam lr 0.01, seeds 1-6, mean final C: 0.17 standard,
 * 0.24 init/3, 0.24 decay 1e-3, 0.27 both (decay 3e-3 no longer fits the data in 6,000 epochs).
 */
export const ABLATION_ARMS: readonly AblationArm[] = [
  {
    id: 'standard',
    label: 'Standard init',
    help: 'PyTorch-default initialisation, no weight decay: the paper recipe.',
    patch: { initScale: 1, weightDecay: 0 },
  },
  {
    id: 'init-3',
    label: 'Init ÷ 3',
    help: 'The same initial weights divided by 3, no weight decay.',
    patch: { initScale: 1 / 3, weightDecay: 0 },
  },
  {
    id: 'decay',
    label: 'Weight decay 10⁻³',
    help: 'Standard init with an L2 penalty (λ/2)|W|², λ = 0.001.',
    patch: { initScale: 1, weightDecay: 1e-3 },
  },
  { id: 'both', label: 'Init ÷ 3 + decay 10⁻³', help: 'Both changes together.', patch: { initScale: 1 / 3, weightDecay: 1e-3 } },
];

/** Epoch cap of each arm (the paper's stop rule usually ends them within ~1,000). */
export const ABLATION_MAX_EPOCHS = 6000;

export const ABLATION_TEXT =
  "Melamed, Yehudai & Vardi (2023): on data in a subspace, a smaller init scale or L2 weight decay makes 2-layer ReLU nets less sensitive orthogonally to it. Each arm trains the current data from the same seeded weights and optimiser until the paper's stop rule; only init scale and weight decay differ. Larger final C = less clinging.";

/** The arms as full training configs on the current settings (same data, seed, net, optimiser). */
export function ablationVariants(settings: Settings, arms: readonly AblationArm[] = ABLATION_ARMS): AblationVariant[] {
  return arms.map((arm) => ({ id: arm.id, config: { ...trainConfigOf({ ...settings, ...arm.patch }), maxEpochs: ABLATION_MAX_EPOCHS } }));
}
