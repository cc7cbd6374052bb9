import { useLayoutEffect, type ReactNode } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import type { Dataset } from '../../core/datasets/types';
import type { Field2D, Mesh3D } from '../../engine/protocol';
import { MiniScene } from '../../scene/MiniScene';
import { useQueuedMount } from './mountQueue';

/**
 * One small read-only view of a fixed boundary. Rendered on demand (software GL is slow):
 * a frame only when its content or size changes. The buffer is kept so it can be read back.
 * `zoomOut` widens the 3-D view for larger canvases (MiniScene's framing is tight for the
 * small panels); `children` adds scene content (e.g. adversarial points).
 */
export function BoundaryThumb({
  dataset,
  boundary,
  title,
  testId,
  className,
  zoomOut,
  children,
}: {
  dataset: Dataset;
  boundary: Mesh3D | Field2D;
  title: string;
  testId: string;
  className?: string;
  zoomOut?: number;
  children?: ReactNode;
}) {
  const is2d = boundary.dim === 2;
  const ready = useQueuedMount();
  return (
    <div className={`boundary-thumb ${className ?? ''}`} title={title} data-testid={testId}>
      {ready && (
        <Canvas
          frameloop="demand"
          orthographic={is2d}
          camera={is2d ? { position: [0.5, 0.5, 5], near: 0.01, far: 100 } : { fov: 40, near: 0.01, far: 100 }}
          dpr={1}
          gl={{ antialias: false, preserveDrawingBuffer: true }}
        >
          <color attach="background" args={['#f4f5f7']} />
          <MiniScene dataset={dataset} boundary={boundary} />
          {!is2d && zoomOut !== undefined && <ZoomOut factor={zoomOut} />}
          {children}
        </Canvas>
      )}
    </div>
  );
}

/** Widen the perspective camera's view after MiniScene has placed it (effects run in order). */
function ZoomOut({ factor }: { factor: number }) {
  const { camera, invalidate } = useThree();
  useLayoutEffect(() => {
    camera.zoom = factor;
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, factor, invalidate]);
  return null;
}
