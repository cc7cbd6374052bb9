import { Canvas } from '@react-three/fiber';
import type { Dataset } from '../../core/datasets/types';
import type { Field2D, Mesh3D } from '../../engine/protocol';
import { MiniScene } from '../../scene/MiniScene';

/**
 * One small read-only view of a fixed boundary. Rendered on demand (software GL is slow):
 * a frame only when its content or size changes. The buffer is kept so it can be read back.
 */
export function BoundaryThumb({ dataset, boundary, title, testId }: { dataset: Dataset; boundary: Mesh3D | Field2D; title: string; testId: string }) {
  const is2d = boundary.dim === 2;
  return (
    <div className="boundary-thumb" title={title} data-testid={testId}>
      <Canvas
        frameloop="demand"
        orthographic={is2d}
        camera={is2d ? { position: [0.5, 0.5, 5], near: 0.01, far: 100 } : { fov: 40, near: 0.01, far: 100 }}
        dpr={1}
        gl={{ antialias: false, preserveDrawingBuffer: true }}
      >
        <color attach="background" args={['#f4f5f7']} />
        <MiniScene dataset={dataset} boundary={boundary} />
      </Canvas>
    </div>
  );
}
