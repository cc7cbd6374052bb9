import { useMemo } from 'react';
import { OrbitControls } from '@react-three/drei';
import * as THREE from 'three';
import type { ImageSliceResult } from '../engine/imageTypes';
import { BoxFrame } from './BoxFrame';
import { meshGeometry } from './boundaryGeometry';
import { heightColors } from './colormap';

const LO = [-1, -1, -1];
const HI = [1, 1, 1];
const AXIS_COLORS = ['#2a9d43', '#8e44ad', '#e8710a'];

/**
 * The image lab's 3-D slice: the boundary (margin = 0) in the affine slice through x,
 * coloured by the third (attack / normal) coordinate, the axes through x and the attack path.
 */
export function ImageSliceScene({ slice }: { slice: ImageSliceResult }) {
  const surface = useMemo(() => meshGeometry(slice, heightColors(slice.positions, 2, [-1, 1])), [slice]);
  const path = useMemo(() => {
    const g = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(slice.path, 3));
    return new THREE.Line(g, new THREE.LineBasicMaterial({ color: '#d7263d' }));
  }, [slice]);
  const axes = useMemo(
    () =>
      [0, 1, 2].map((a) =>
        new THREE.BufferGeometry().setFromPoints([new THREE.Vector3(), new THREE.Vector3(...[0, 1, 2].map((i) => (i === a ? 1 : 0)))]),
      ),
    [],
  );
  const m = slice.path.length / 3;
  const end = m > 1 ? ([slice.path[3 * m - 3], slice.path[3 * m - 2], slice.path[3 * m - 1]] as const) : null;
  return (
    <>
      <ambientLight intensity={0.6} />
      <directionalLight position={[2, -1, 3]} intensity={1.3} />
      <directionalLight position={[-2, 2, -1]} intensity={0.5} />
      <BoxFrame lo={LO} hi={HI} />
      <mesh geometry={surface} name="slice-surface" userData={{ triangles: slice.indices.length / 3 }}>
        <meshStandardMaterial vertexColors side={THREE.DoubleSide} roughness={0.6} transparent opacity={0.85} />
      </mesh>
      {axes.map((g, a) => (
        <lineSegments key={a} geometry={g}>
          <lineBasicMaterial color={AXIS_COLORS[a]} />
        </lineSegments>
      ))}
      <mesh position={[0, 0, 0]}>
        <sphereGeometry args={[0.045, 16, 12]} />
        <meshStandardMaterial color="#1d2330" />
      </mesh>
      {m > 1 && <primitive object={path} />}
      {end && (
        <mesh position={[end[0], end[1], end[2]]}>
          <sphereGeometry args={[0.04, 16, 12]} />
          <meshStandardMaterial color="#d7263d" />
        </mesh>
      )}
      <OrbitControls makeDefault enableDamping={false} />
    </>
  );
}
