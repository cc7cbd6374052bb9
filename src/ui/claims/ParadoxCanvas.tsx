import { useMemo } from 'react';
import { Canvas } from '@react-three/fiber';
import type { Dataset } from '../../core/datasets/types';
import type { ParadoxOutcome } from '../../engine/claimsTypes';
import { DataPoints } from '../../scene/DataPoints';
import { MiniScene } from '../../scene/MiniScene';
import { MiniTintedBoundary } from '../../scene/MiniTintedBoundary';

export const N2_COLOR = '#9c36b5';

/**
 * N1's boundary (coloured by height, as in the panels), N2's (purple) and N2's training set:
 * the adversarial points, small, coloured by their wrong label. Rendered on demand.
 */
export function ParadoxCanvas({ dataset, result }: { dataset: Dataset; result: ParadoxOutcome }) {
  const adversarial: Dataset = useMemo(
    () => ({ manifold: dataset.manifold, n: dataset.n, numClasses: dataset.numClasses, count: result.adversarialLabels.length, points: result.adversarialPoints, labels: result.adversarialLabels }),
    [dataset, result],
  );
  if (!result.n1Boundary || !result.n2Boundary) return null;
  const is2d = dataset.n === 2;
  return (
    <div className="boundary-thumb claims-paradox-canvas" title="N1's boundary (height colours), N2's boundary (purple) and the adversarial points N2 was trained on (small, coloured by their wrong label)" data-testid="paradox-canvas">
      <Canvas
        frameloop="demand"
        orthographic={is2d}
        camera={is2d ? { position: [0.5, 0.5, 5], near: 0.01, far: 100 } : { fov: 40, near: 0.01, far: 100 }}
        dpr={1}
        gl={{ antialias: false, preserveDrawingBuffer: true }}
      >
        <color attach="background" args={['#f4f5f7']} />
        <MiniScene dataset={dataset} boundary={result.n1Boundary.boundary} />
        <MiniTintedBoundary boundary={result.n2Boundary.boundary} color={N2_COLOR} />
        <DataPoints dataset={adversarial} radius={is2d ? 0.02 : 0.018} />
      </Canvas>
    </div>
  );
}
