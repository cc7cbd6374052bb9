import type { ImageAlignRequest } from '../../engine/claimsImageTypes';
import { AlignmentResult } from './AlignmentResult';
import { ClaimPanel } from './ClaimPanel';
import { imageFields, kField } from './claimFieldSpecs';
import { ALIGN_IMAGES_TEXT } from './claimsText';

const FIELDS = imageFields<ImageAlignRequest>('alignImages', [kField('the tangent space ρ_g is measured against')]);

/** (c) on images: rho_g(t) of a fresh MLP against the shipped autoencoder's tangent space. */
export function AlignmentImages() {
  return (
    <ClaimPanel
      run="alignImages"
      fields={FIELDS}
      prefix="align-images"
      label="Train and measure on images"
      help="Train a fresh MLP on the chosen image subset and record ρ_g at its training and test images"
      result={(r) => (
        <AlignmentResult series={r} prefix="align-images" fileStem={`gradient-alignment-${r.request.dataset}-k${r.k}`} pixelBox />
      )}
      note={<p className="muted">{ALIGN_IMAGES_TEXT}</p>}
    />
  );
}
