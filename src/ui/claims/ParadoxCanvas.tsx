import { useMemo } from 'react';
import type { Dataset } from '../../core/datasets/types';
import type { ParadoxOutcome } from '../../engine/claimsTypes';
import { DataPoints } from '../../scene/DataPoints';
import { ClaimsCanvas } from './ClaimsCanvas';
import { MiniTintedBoundary } from '../../scene/MiniTintedBoundary';

export const N2_COLOR = '#9c36b5';

/**
 * N1's boundary (coloured by height, as in the panels), N2's (purple) and N2's training set:
 * the adversarial points, small, coloured by their wrong label. Rendered on demand.
 */
export function ParadoxCanvas({ dataset, result }: { dataset: Dataset; result: ParadoxOutcome }) {
  const adversarial: Dataset = useMemo(
    () => ({
      manifold: dataset.manifold,
      n: dataset.n,
      numClasses: dataset.numClasses,
      count: result.adversarialLabels.length,
      points: result.adversarialPoints,
      labels: result.adversarialLabels,
    }),
    [dataset, result],
  );
  if (!result.n1Boundary || !result.n2Boundary) return null;
  const is2d = dataset.n === 2;
  return (
    <ClaimsCanvas
      dataset={dataset}
      boundary={result.n1Boundary.boundary}
      className="claims-paradox-canvas"
      testId="paradox-canvas"
      title="N1's boundary (height colours), N2's boundary (purple) and the adversarial points N2 was trained on (small, coloured by their wrong label)"
    >
      <MiniTintedBoundary boundary={result.n2Boundary.boundary} color={N2_COLOR} />
      <DataPoints dataset={adversarial} radius={is2d ? 0.02 : 0.018} />
    </ClaimsCanvas>
  );
}
