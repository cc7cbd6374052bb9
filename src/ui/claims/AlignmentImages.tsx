import { IMAGE_CLAIMS_LIMITS as L } from '../../engine/claimsImageRequests';
import type { ImageAlignRequest } from '../../engine/claimsImageTypes';
import { AlignmentResult } from './AlignmentResult';
import type { FieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { imageBaseFields, kField } from './claimFieldSpecs';
import { ALIGN_IMAGES_TEXT } from './claimsText';

const FIELDS: FieldSpec<ImageAlignRequest>[] = [
  { key: 'epochs', label: 'epochs', help: 'Training epochs of the fresh MLP', min: L.epochs[0], max: L.epochs[1], step: 1 },
  { key: 'every', label: 'every', help: 'Measure ρ_g every this many epochs (and at init)', min: 1, max: (p) => p.epochs, step: 1 },
  kField('the tangent space ρ_g is measured against'),
  ...imageBaseFields<ImageAlignRequest>('Held-out test images ρ_g is also measured at'),
];

/** (c) on images: rho_g(t) of a fresh MLP against the shipped autoencoder's tangent space. */
export function AlignmentImages() {
  return (
    <ClaimPanel
      run="alignImages"
      fields={FIELDS}
      prefix="align-images"
      label="Train and measure on images"
      help="Train a fresh MLP on the chosen image subset and record ρ_g at its training and test images"
      result={(r) => <AlignmentResult series={r} prefix="align-images" fileStem={`gradient-alignment-${r.request.dataset}-k${r.k}`} />}
      note={<p className="muted">{ALIGN_IMAGES_TEXT}</p>}
    />
  );
}
