import type { AlignmentRequest } from '../../engine/claimsTypes';
import { AlignmentResult } from './AlignmentResult';
import type { FieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { numberFields } from './claimFieldSpecs';

const FIELDS: FieldSpec<AlignmentRequest>[] = numberFields<AlignmentRequest>('align').map((f) =>
  // A smaller n pulls k down with it (k < n).
  f.key === 'n' ? { ...f, put: (n: number, p: AlignmentRequest) => ({ n, k: Math.min(p.k, n - 1) }) } : f,
);

/** (c) Gradient alignment rho_g(t) over training on its own plane-in-R^n toy, with its null band. */
export function AlignmentToy() {
  return (
    <ClaimPanel
      run="align"
      fields={FIELDS}
      result={(r) => <AlignmentResult series={r} run="align" fileStem={`gradient-alignment-n${r.n}-k${r.k}`} />}
    />
  );
}
