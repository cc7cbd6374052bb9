import { useRef } from 'react';
import { useCameraSync } from './useCameraSync';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { Dataset } from '../core/datasets/types';
import { useApp } from '../store/appStore';
import { BoundarySurface } from './BoundarySurface';
import { DataPoints } from './DataPoints';
import { PointEditor } from './PointEditor';
import { Trajectories } from './Trajectories';
import { attackAt, attackPoint } from '../store/attackActions';
import { boxSizeOf } from '../store/attackArrows';
import { ManifoldMesh } from './ManifoldMesh';
import { BoxFrame } from './BoxFrame';

/** The 3-D view: box, manifold, points and the live boundary surface; orbit, zoom, pan. */
export function Scene3D({ dataset }: { dataset: Dataset }) {
  const { lo, hi } = dataset.manifold.bounds;
  const centre: [number, number, number] = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2];
  const showManifold = useApp((s) => s.settings.showManifold);
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);

  useCameraSync(
    controls,
    '3d',
    dataset.manifold.bounds,
    () => {
      const size = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
      camera.up.set(0, 0, 1);
      camera.position.set(centre[0] + 1.75 * size, centre[1] - 1.45 * size, centre[2] + 1.05 * size);
      camera.lookAt(...centre);
      controls.current?.target.set(...centre);
      controls.current?.update();
    },
    [dataset.manifold],
  );
  camera.up.set(0, 0, 1);

  return (
    <>
      <ambientLight intensity={0.55} />
      <directionalLight position={[2, -1, 3]} intensity={1.4} />
      <directionalLight position={[-2, 2, -1]} intensity={0.5} />
      <BoxFrame lo={lo} hi={hi} />
      {showManifold && <ManifoldMesh manifold={dataset.manifold} onPick={(p) => useApp.getState().mode === 'attack' && void attackAt(p)} />}
      <DataPoints dataset={dataset} radius={0.022} onPick={(i) => useApp.getState().mode === 'attack' && void attackPoint(i)} />
      <Trajectories radius={0.022} boxSize={boxSizeOf(dataset.manifold.bounds)} />
      <BoundarySurface />
      <PointEditor />
      <OrbitControls ref={controls} makeDefault target={centre} enableDamping={false} regress />
    </>
  );
}
