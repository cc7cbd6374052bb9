import { PRESET_FACTS, PRESET_FACTS_SEED, shapeKind } from '../../store/presetFacts';

/**
 * Numbers the lecture quotes about the paper 3-D run, taken from the measured preset table
 * (store/presetFacts.ts, checked by its test) so the words match the panels the app draws.
 */
const plane = PRESET_FACTS['paper-plane'];
const at = (k: string) => plane.shapes[k];
const c = (k: string) => at(k).clinging.toFixed(2);

export const PLANE_STOP_EPOCH = plane.convergedAt;

/** What the paper 3-D run's epoch panels show, in one sentence. */
export const PLANE_PANELS_TEXT =
  `Here (seed ${PRESET_FACTS_SEED}): at epoch 10 ${shapeKind(at('10'), 3)} (C at its cap 0.5); at 30 ${shapeKind(at('30'), 3)} (C ${c('30')}); ` +
  `at 100 ${shapeKind(at('100'), 3)} (C ${c('100')}); the run stops at epoch ${plane.convergedAt} (C ${c('end')}), and the last panel shows that state.`;

/** The dimple depths of the converged paper 3-D run. */
export const PLANE_DIMPLES_TEXT = `At convergence (seed ${PRESET_FACTS_SEED}) the median |D_i| is ${at('end').medianAbsDimple.toFixed(2)} and the shallowest point is ${at('end').minAbsDimple.toFixed(3)} deep`;
