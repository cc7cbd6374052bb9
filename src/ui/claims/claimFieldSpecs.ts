/** The claims experiments' field specs: number fields from claimsFields.json, the selects built here. */
import type { PerturbationNorm } from '../../core/experiments/evaluate';
import type { ImageClaimBase } from '../../engine/claimsImageTypes';
import { CLAIMS_LIMITS, IMAGE_CLAIMS_LIMITS } from '../../core/experiments/claimsLimits';
import type { FieldSpec, NumberFieldSpec, SelectFieldSpec } from './ClaimFields';
import FIELD_TABLE from './claimsFields.json';

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

/** The hidden widths of the fresh MLP an image run trains. */
export function hiddenField<P extends ImageClaimBase>(): SelectFieldSpec<P> {
  return {
    id: 'hidden',
    label: 'network',
    help: 'Hidden widths of the fresh ReLU MLP trained here (Adam lr 0.001, mini-batches of 64); 256-256 is the shipped classifier’s shape',
    options: HIDDEN.map((h) => ({ value: h, label: `MLP n-${h.replace(',', '-')}-10` })),
    get: (p: P) => p.hidden.join(','),
    put: (v: string) => ({ hidden: v.split(',').map(Number) }) as Partial<P>,
  };
}

interface NumberEntry {
  key: string;
  id?: string;
  label: string;
  help: string;
  /** The name of the input's range in core/experiments/claimsLimits.ts. */
  range: string;
  step: number;
  /** The maximum is this other input's value (plus maxOffset) instead of the range's. */
  maxParam?: string;
  maxOffset?: number;
}

type FieldGroup = keyof typeof FIELD_TABLE;

/**
 * The number fields of one claims experiment (or of what every image run shares, 'imageBase'):
 * labels and explanations from claimsFields.json, ranges from the limits the engine clamps to.
 */
export function numberFields<P>(group: FieldGroup): NumberFieldSpec<P>[] {
  const limits: Record<string, readonly [number, number]> =
    group.endsWith('Images') || group === 'imageBase' ? IMAGE_CLAIMS_LIMITS : CLAIMS_LIMITS;
  return (FIELD_TABLE[group] as NumberEntry[]).map((e) => {
    const range = limits[e.range];
    if (!range) throw new Error(`claimsFields.json: ${group}.${e.key} names no limit "${e.range}"`);
    const { maxParam, maxOffset = 0 } = e;
    const max = maxParam ? (p: P) => Number(p[maxParam as keyof P]) + maxOffset : range[1];
    return { key: e.key as keyof P & string, id: e.id, label: e.label, help: e.help, min: range[0], max, step: e.step };
  });
}

/** An image run's fields: its own numbers, then its selects, then the data subset, network and seed. */
export function imageFields<P extends ImageClaimBase>(group: FieldGroup, selects: SelectFieldSpec<P>[]): FieldSpec<P>[] {
  return [...numberFields<P>(group), ...selects, ...numberFields<P>('imageBase'), hiddenField<P>()];
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
