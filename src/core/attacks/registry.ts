import { carliniWagnerL2, CW_L2_DEFAULTS } from './carliniWagnerL2';
import { deepFool, DEEPFOOL_DEFAULTS } from './deepFool';
import { exactManifold, EXACT_MANIFOLD_DEFAULTS } from './exactManifold';
import { fgm, FGM_DEFAULTS } from './fgm';
import { fgsm, FGSM_DEFAULTS } from './fgsm';
import { PGD_L2_DEFAULTS, pgdL2 } from './pgdL2';
import { PGD_LINF_DEFAULTS, pgdLinf } from './pgdLinf';
import { pgdOffManifold } from './pgdOffManifold';
import { pgdOnManifold } from './pgdOnManifold';
import type { AttackContext, AttackName, AttackParams, AttackResult, AttackSpec, ParamSpec } from './types';

const num = (key: string, label: string, def: number, help: string, min?: number, max?: number): ParamSpec => ({
  key,
  label,
  kind: 'number',
  default: def,
  min,
  max,
  help,
});
const int = (key: string, label: string, def: number, help: string, min = 0, max?: number): ParamSpec => ({
  key,
  label,
  kind: 'int',
  default: def,
  min,
  max,
  help,
});
const bool = (key: string, label: string, def: boolean, help: string): ParamSpec => ({
  key,
  label,
  kind: 'boolean',
  default: def,
  help,
});

const pgdParams = (d: { eps: number; steps: number; relStepSize: number; randomStart: boolean; earlyStop: boolean }) => [
  num('eps', 'Budget eps', d.eps, 'Perturbation budget in the attack norm.', 0),
  int('steps', 'Steps', d.steps, 'Number of PGD iterations.', 0),
  num('relStepSize', 'Relative step', d.relStepSize, 'Step a = relStepSize * eps.', 0),
  num('stepSize', 'Absolute step', 0, 'Step in input units; 0 = use the relative step.', 0),
  bool('randomStart', 'Random start', d.randomStart, 'Start from a uniform random point of the eps-ball.'),
  bool('earlyStop', 'Stop at first flip', d.earlyStop, 'Stop as soon as the label flips (distance to the boundary).'),
];

// Parameter lists longer than one line are named here, as pgdParams is, so the table below stays one field a line.
const DEEPFOOL_PARAMS: ParamSpec[] = [
  int('steps', 'Max iterations', DEEPFOOL_DEFAULTS.steps, 'Stop after this many linearisations.', 1),
  num('overshoot', 'Overshoot eta', DEEPFOOL_DEFAULTS.overshoot, 'Final point x0 + (1 + eta) r_total.', 0),
  num('pad', 'Step pad', DEEPFOOL_DEFAULTS.pad, 'Extra length per step so the class really changes.', 0),
];

const CW_L2_PARAMS: ParamSpec[] = [
  int('binarySearchSteps', 'Binary search steps', CW_L2_DEFAULTS.binarySearchSteps, 'Searches over the constant c.', 1),
  int('steps', 'Adam steps', CW_L2_DEFAULTS.steps, 'Adam steps per search step.', 1),
  num('stepSize', 'Learning rate', CW_L2_DEFAULTS.stepSize, 'Adam learning rate in tanh space.', 0),
  num('kappa', 'Confidence kappa', CW_L2_DEFAULTS.kappa, 'Required logit margin on the wrong side.', 0),
  num('initialConst', 'Initial c', CW_L2_DEFAULTS.initialConst, 'First trade-off constant.', 0),
  bool('abortEarly', 'Abort early', CW_L2_DEFAULTS.abortEarly, 'End a run when the loss stalls.'),
  int('recordEvery', 'Record every', CW_L2_DEFAULTS.recordEvery, 'Keep every k-th iterate (0 = ~100 per run).', 0),
];

const EXACT_MANIFOLD_PARAMS: ParamSpec[] = [
  num('eps', 'Budget eps', EXACT_MANIFOLD_DEFAULTS.eps, 'L2 budget on |x - x0|.', 0),
  int('steps', 'Steps', EXACT_MANIFOLD_DEFAULTS.steps, 'Number of tangent steps.', 0),
  num('stepSize', 'Step', EXACT_MANIFOLD_DEFAULTS.stepSize, 'Length of each step.', 0),
  bool('earlyStop', 'Stop at first flip', EXACT_MANIFOLD_DEFAULTS.earlyStop, 'Stop as soon as the label flips.'),
];

/** Every attack the app offers, with its parameter schema; defaults come from each attack's file. */
export const ATTACKS: readonly AttackSpec[] = [
  {
    id: 'fgsm',
    displayName: 'FGSM',
    norm: 'Linf',
    targeted: true,
    params: [num('eps', 'Budget eps', FGSM_DEFAULTS.eps, 'Linf budget.', 0)],
    description: 'One step of size eps along the sign of the loss gradient.',
  },
  {
    id: 'fgm',
    displayName: 'FGM (L2)',
    norm: 'L2',
    targeted: true,
    params: [num('eps', 'Budget eps', FGM_DEFAULTS.eps, 'L2 budget.', 0)],
    description: 'One step of L2 length eps along the loss gradient.',
  },
  {
    id: 'pgdLinf',
    displayName: 'PGD (Linf)',
    norm: 'Linf',
    targeted: true,
    params: pgdParams(PGD_LINF_DEFAULTS),
    description: 'Repeated signed-gradient steps, projected back into the Linf eps-box.',
  },
  {
    id: 'pgdL2',
    displayName: 'PGD (L2)',
    norm: 'L2',
    targeted: true,
    params: pgdParams(PGD_L2_DEFAULTS),
    description: 'Repeated normalised-gradient steps, projected back into the L2 eps-ball.',
  },
  {
    id: 'deepFool',
    displayName: 'DeepFool',
    norm: 'L2',
    targeted: true,
    params: DEEPFOOL_PARAMS,
    description: 'Jumps to the nearest linearised decision boundary until the label flips.',
  },
  {
    id: 'cwL2',
    displayName: 'Carlini-Wagner L2',
    norm: 'L2',
    targeted: true,
    params: CW_L2_PARAMS,
    description: 'Optimises the smallest L2 change that crosses the boundary (tanh box, Adam, search over c).',
  },
  {
    id: 'pgdOnManifold',
    displayName: 'PGD on-manifold',
    norm: 'L2',
    targeted: true,
    needs: 'projector',
    params: pgdParams(PGD_L2_DEFAULTS),
    description: 'PGD L2 restricted to the tangent space of the data manifold.',
  },
  {
    id: 'pgdOffManifold',
    displayName: 'PGD off-manifold',
    norm: 'L2',
    targeted: true,
    needs: 'projector',
    params: pgdParams(PGD_L2_DEFAULTS),
    description: 'PGD L2 restricted to the normal space of the data manifold.',
  },
  {
    id: 'exactManifold',
    displayName: 'Walk on the manifold',
    norm: 'L2',
    targeted: true,
    needs: 'manifold',
    params: EXACT_MANIFOLD_PARAMS,
    description: 'Follows the loss gradient along an exact toy manifold, never leaving it.',
  },
];

type Runner = (ctx: AttackContext, p: Record<string, number | boolean>) => AttackResult;
const RUNNERS: Record<AttackName, Runner> = {
  fgsm,
  fgm,
  pgdLinf,
  pgdL2,
  deepFool,
  cwL2: carliniWagnerL2,
  pgdOnManifold,
  pgdOffManifold,
  exactManifold,
};

export function attackSpec(id: AttackName): AttackSpec {
  const spec = ATTACKS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown attack ${id}`);
  return spec;
}

/** Run attack `id`; missing params take their defaults, unknown or mistyped ones throw. */
export function runAttack(id: AttackName, ctx: AttackContext, params: AttackParams = {}): AttackResult {
  const spec = attackSpec(id);
  const clean: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const ps = spec.params.find((q) => q.key === key);
    if (!ps) throw new Error(`${id} has no parameter ${key}`);
    if ((ps.kind === 'boolean') !== (typeof value === 'boolean')) throw new Error(`${id}.${key} has the wrong type`);
    clean[key] = value;
  }
  if (spec.needs === 'projector' && !ctx.projector) throw new Error(`${id} needs ctx.projector`);
  if (spec.needs === 'manifold' && !ctx.manifold) throw new Error(`${id} needs ctx.manifold`);
  return RUNNERS[id](ctx, clean);
}
