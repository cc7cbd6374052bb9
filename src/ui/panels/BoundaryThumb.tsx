import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import type { Dataset } from '../../core/datasets/types';
import type { Field2D, Mesh3D } from '../../engine/protocol';
import { MiniScene } from '../../scene/MiniScene';
import { useThumbnailView } from '../../scene/useThumbnailView';

/**
 * One small read-only view of a fixed boundary, drawn by the shared thumbnail renderer into a
 * 2-D canvas (no WebGL context of its own): a frame only when its content or size changes.
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
  const canvas = useRef<HTMLCanvasElement>(null);
  const content = (
    <>
      <color attach="background" args={['#f4f5f7']} />
      <MiniScene dataset={dataset} boundary={boundary} />
      {!is2d && zoomOut !== undefined && <ZoomOut factor={zoomOut} />}
      {children}
    </>
  );
  useThumbnailView(canvas, content, is2d, [dataset, boundary, zoomOut, children]);
  return (
    <div className={`boundary-thumb ${className ?? ''}`} title={title} data-testid={testId}>
      <canvas ref={canvas} />
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
