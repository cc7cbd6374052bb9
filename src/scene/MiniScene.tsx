import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { Dataset } from '../core/datasets/types';
import type { Field2D, Mesh3D } from '../engine/protocol';
import { BoxFrame } from './BoxFrame';
import { DataPoints } from './DataPoints';
import { ManifoldMesh } from './ManifoldMesh';
import { MiniBoundaryField } from './MiniBoundaryField';
import { MiniBoundaryMesh } from './MiniBoundaryMesh';

/**
 * A small read-only scene for side-by-side panels: the data and one fixed boundary, seen from
 * the main view's default camera. Meant for a Canvas with frameloop="demand".
 */
export function MiniScene({ dataset, boundary }: { dataset: Dataset; boundary: Mesh3D | Field2D }) {
  const { lo, hi } = dataset.manifold.bounds;
  return boundary.dim === 2 ? (
    <>
      <OrthoFit lo={lo} hi={hi} />
      <MiniBoundaryField field={boundary} lo={lo} hi={hi} />
      <mesh position={[(lo[0] + hi[0]) / 2, dataset.manifold.project([0, 0.5])[1], 0.002]}>
        <planeGeometry args={[hi[0] - lo[0], 0.008]} />
        <meshBasicMaterial color="#444a55" />
      </mesh>
      <ambientLight intensity={1.2} />
      <DataPoints dataset={dataset} radius={0.035} />
    </>
  ) : (
    <>
      <OrbitFit lo={lo} hi={hi} />
      <ambientLight intensity={0.6} />
      <directionalLight position={[2, -1, 3]} intensity={1.4} />
      <BoxFrame lo={lo} hi={hi} />
      <ManifoldMesh manifold={dataset.manifold} />
      <DataPoints dataset={dataset} radius={0.03} />
      <MiniBoundaryMesh mesh={boundary} />
    </>
  );
}

const centreOf = (lo: number[], hi: number[]) => lo.map((l, i) => (l + hi[i]) / 2);

/** Perspective camera at the main 3-D view's default position (z up). */
function OrbitFit({ lo, hi }: { lo: number[]; hi: number[] }) {
  const { camera, invalidate } = useThree();
  useLayoutEffect(() => {
    const [cx, cy, cz] = centreOf(lo, hi);
    // A little closer than the main view: a panel has no room to spare around the box.
    const size = 0.85 * Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
    camera.up.set(0, 0, 1);
    camera.position.set(cx + 1.75 * size, cy - 1.45 * size, cz + 1.05 * size);
    camera.lookAt(cx, cy, cz);
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, invalidate, lo, hi]);
  return null;
}

/** Orthographic top view that fits the 2-D view box into the canvas. */
function OrthoFit({ lo, hi }: { lo: number[]; hi: number[] }) {
  const { camera, size, invalidate } = useThree();
  useLayoutEffect(() => {
    const cam = camera as THREE.OrthographicCamera;
    const [cx, cy] = centreOf(lo, hi);
    cam.position.set(cx, cy, 5);
    cam.zoom = Math.min(size.width / (hi[0] - lo[0]), size.height / (hi[1] - lo[1])) * 0.98;
    cam.lookAt(cx, cy, 0);
    cam.updateProjectionMatrix();
    invalidate();
  }, [camera, size.width, size.height, invalidate, lo, hi]);
  return null;
}
