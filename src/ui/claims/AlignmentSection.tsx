import type { AlignmentRequest } from '../../engine/claimsTypes';
import { AlignmentImages } from './AlignmentImages';
import { AlignmentResult } from './AlignmentResult';
import type { FieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { numberFields } from './claimFieldSpecs';
import { ClaimSection } from './ClaimSection';
import { ALIGN_TEXT } from './claimsText';

const FIELDS: FieldSpec<AlignmentRequest>[] = numberFields<AlignmentRequest>('align').map((f) =>
  // A smaller n pulls k down with it (k < n).
  f.key === 'n' ? { ...f, put: (n: number, p: AlignmentRequest) => ({ n, k: Math.min(p.k, n - 1) }) } : f,
);

/** (c) Gradient alignment rho_g(t) over training, on its plane-in-R^n toy or a shipped image set, with its null band. */
export function AlignmentSection() {
  return (
    <ClaimSection
      run="align"
      title="Gradient alignment over training: does ρ_g fall below the k/n null?"
      intro={ALIGN_TEXT}
      toyHelp="its own plane-in-Rⁿ toy (exact tangent space)"
      toy={<AlignmentToy />}
      images={<AlignmentImages />}
    />
  );
}

function AlignmentToy() {
  return (
    <ClaimPanel
      run="align"
      fields={FIELDS}
      prefix="align"
      label="Train and measure"
      help="Train a fresh network on the plane-in-Rⁿ toy and record ρ_g at training and held-out points"
      beforeRun={() => (
        <p className="muted">
          The toy: 60 random points on a k-plane padded to Rⁿ, two label stripes, 60 held-out points; network n-64-1 ReLU, Adam lr 3·10⁻⁴
          (at lr 0.01 the units die once n ≳ 200).
        </p>
      )}
      result={(r) => <AlignmentResult series={r} prefix="align" fileStem={`gradient-alignment-n${r.n}-k${r.k}`} />}
    />
  );
}
