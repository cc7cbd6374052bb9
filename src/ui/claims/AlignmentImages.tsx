import type { ImageAlignRequest } from '../../engine/claimsImageTypes';
import { AlignmentResult } from './AlignmentResult';
import { ClaimPanel } from './ClaimPanel';
import { imageFields, kField } from './claimFieldSpecs';

const FIELDS = imageFields<ImageAlignRequest>('alignImages', [kField('the tangent space ρ_g is measured against')]);

/** (c) on images: rho_g(t) of a fresh MLP against the shipped autoencoder's tangent space. */
export function AlignmentImages() {
  return (
    <ClaimPanel
      run="alignImages"
      fields={FIELDS}
      result={(r) => <AlignmentResult series={r} run="alignImages" fileStem={`gradient-alignment-${r.request.dataset}-k${r.k}`} pixelBox />}
    />
  );
}
