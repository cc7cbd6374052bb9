import { useRef } from 'react';
import { useCameraSync } from './useCameraSync';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import * as THREE from 'three';
import type { Dataset } from '../core/datasets/types';
import { useApp } from '../store/appStore';
import { BoundaryField2D } from './BoundaryField2D';
import { DataPoints } from './DataPoints';
import { PointEditor } from './PointEditor';
import { Trajectories } from './Trajectories';
import { attackAt, attackPoint } from '../store/attackActions';
import { boxSizeOf } from '../store/attackArrows';

/** The 2-D view (line in R²): heat map, boundary curve, the line and the points; pan and zoom. */
export function Scene2D({ dataset }: { dataset: Dataset }) {
  const { lo, hi } = dataset.manifold.bounds;
  const centre: [number, number, number] = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, 0];
  const showManifold = useApp((s) => s.settings.showManifold);
  const controls = useRef<OrbitControlsImpl>(null);
  const { camera, size } = useThree();

  useCameraSync(
    controls,
    '2d',
    dataset.manifold.bounds,
    () => {
      const cam = camera as THREE.OrthographicCamera;
      const span = Math.max(hi[0] - lo[0], hi[1] - lo[1]) * 1.08;
      cam.up.set(0, 1, 0);
      cam.position.set(centre[0], centre[1], 5);
      cam.zoom = Math.min(size.width, size.height) / span;
      cam.lookAt(...centre);
      cam.updateProjectionMatrix();
      controls.current?.target.set(...centre);
      controls.current?.update();
    },
    [dataset.manifold, size.width, size.height],
  );

  const line = dataset.manifold.project([0, 0.5]);
  return (
    <>
      <ambientLight intensity={1.2} />
      <directionalLight position={[0, 0, 3]} intensity={1} />
      <BoundaryField2D
        lo={lo}
        hi={hi}
        onPick={(p) => useApp.getState().mode === 'attack' && void attackAt(Array.from(dataset.manifold.project(p)))}
      />
      {showManifold && (
        <mesh position={[(lo[0] + hi[0]) / 2, line[1], 0.002]} name="manifold">
          <planeGeometry args={[hi[0] - lo[0], 0.006]} />
          <meshBasicMaterial color="#444a55" />
        </mesh>
      )}
      <DataPoints dataset={dataset} radius={0.025} onPick={(i) => useApp.getState().mode === 'attack' && void attackPoint(i)} />
      <Trajectories radius={0.025} boxSize={boxSizeOf(dataset.manifold.bounds)} />
      <PointEditor />
      <OrbitControls ref={controls} makeDefault enableRotate={false} target={centre} screenSpacePanning regress />
    </>
  );
}
