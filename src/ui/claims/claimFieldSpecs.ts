/** Field specs more than one claims experiment shows (the norm; the image runs' data and network). */
import type { PerturbationNorm } from '../../core/experiments/evaluate';
import type { ImageClaimBase } from '../../engine/claimsImageTypes';
import { IMAGE_CLAIMS_LIMITS as L } from '../../engine/claimsImageRequests';
import type { FieldSpec, SelectFieldSpec } from './ClaimFields';

/** PGD-L2 or PGD-L∞, for any params with a `norm`. */
export function normField<P extends { norm?: PerturbationNorm }>(help: string): SelectFieldSpec<P> {
  return {
    id: 'norm',
    label: 'norm',
    help,
    options: [
      { value: 'L2', label: 'L2' },
      { value: 'Linf', label: 'L∞' },
    ],
    get: (p) => p.norm ?? 'L2',
    put: (v) => ({ norm: v as PerturbationNorm }) as Partial<P>,
  };
}

const HIDDEN = ['256,256', '128', '512', '128,128', '64'];

/** Training and test subset sizes, the fresh network's widths and the seed of an image run. */
export function imageBaseFields<P extends ImageClaimBase>(testHelp: string): FieldSpec<P>[] {
  return [
    {
      key: 'trainCount',
      label: 'training images',
      help: 'The first this many images of a seeded shuffle of the training split',
      min: L.trainCount[0],
      max: L.trainCount[1],
      step: 100,
    },
    { key: 'testCount', label: 'test images', help: testHelp, min: L.testCount[0], max: L.testCount[1], step: 100 },
    {
      id: 'hidden',
      label: 'network',
      help: 'Hidden widths of the fresh ReLU MLP trained here (Adam lr 0.001, mini-batches of 64); 256-256 is the shipped classifier’s shape',
      options: HIDDEN.map((h) => ({ value: h, label: `MLP n-${h.replace(',', '-')}-10` })),
      get: (p: P) => p.hidden.join(','),
      put: (v: string) => ({ hidden: v.split(',').map(Number) }) as Partial<P>,
    },
    {
      key: 'seed',
      label: 'seed',
      help: 'Seeds the subsets, the init, the batches and the attacks: the same seed gives the same numbers as the CLI',
      min: 0,
      max: 2 ** 31 - 1,
      step: 1,
    },
  ];
}

/** The shipped autoencoder's latent size (8, 16, 32), for runs that measure against its tangent space. */
export function kField<P extends { aeK: number }>(what: string): SelectFieldSpec<P> {
  return {
    id: 'k',
    label: 'autoencoder k',
    help: `Latent size of the shipped autoencoder whose decoder Jacobian gives ${what} (docs/science.md §3)`,
    options: [8, 16, 32].map((k) => ({ value: String(k), label: `k = ${k}` })),
    get: (p) => String(p.aeK),
    put: (v) => ({ aeK: Number(v) }) as Partial<P>,
  };
}
