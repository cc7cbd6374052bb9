import { useMemo } from 'react';
import { OrbitControls } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import * as THREE from 'three';
import type { SliceVolume } from '../engine/imageTypes';
import { BoxFrame } from './BoxFrame';
import { meshGeometry } from './boundaryGeometry';
import { heightColors } from './colormap';

const LO = [-1, -1, -1];
const HI = [1, 1, 1];
export const SLICE_AXIS_COLORS = ['#2a9d43', '#8e44ad', '#e8710a'];

/** A path from x in world units (m × 3) and its colour. */
export interface SlicePath {
  points: Float32Array;
  color: string;
}

function PathLine({ points, color }: SlicePath) {
  const line = useMemo(() => {
    const g = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(points, 3));
    return new THREE.Line(g, new THREE.LineBasicMaterial({ color }));
  }, [points, color]);
  const m = points.length / 3;
  if (m < 2) return null;
  return (
    <>
      <primitive object={line} />
      <mesh position={[points[3 * m - 3], points[3 * m - 2], points[3 * m - 1]]}>
        <sphereGeometry args={[0.04, 16, 12]} />
        <meshStandardMaterial color={color} />
      </mesh>
    </>
  );
}

/** What a hovered point lies on: the boundary mesh, or the probe plane. */
export type SliceHoverTarget = 'surface' | 'plane';

/**
 * Hovering the slice: the first of the boundary surface and the probe plane under the cursor
 * gives a world point ([-1, 1]³); `marker` draws the point being shown.
 */
export interface SliceHoverProps {
  onPoint(world: [number, number, number], on: SliceHoverTarget): void;
  onLeave(): void;
  /** The probe plane's height on the second axis, world units; null: no plane. */
  planeY: number | null;
  marker: [number, number, number] | null;
}

const PLANE = new THREE.PlaneGeometry(2, 2).rotateX(Math.PI / 2); // the x–z square, y = 0
const PLANE_EDGES = new THREE.EdgesGeometry(PLANE);

/**
 * A 3-D slice of image space through x (the Attack mode's and the Train mode's): the boundary
 * (margin = 0) in the affine slice, coloured by the third coordinate, the axes through x and
 * the paths from x, each ending in a dot.
 */
export function ImageSliceScene({ volume, paths, hover }: { volume: SliceVolume; paths: readonly SlicePath[]; hover?: SliceHoverProps }) {
  const surface = useMemo(() => meshGeometry(volume, heightColors(volume.positions, 2, [-1, 1])), [volume]);
  const axes = useMemo(
    () =>
      [0, 1, 2].map((a) =>
        new THREE.BufferGeometry().setFromPoints([new THREE.Vector3(), new THREE.Vector3(...[0, 1, 2].map((i) => (i === a ? 1 : 0)))]),
      ),
    [],
  );
  return (
    <>
      <ambientLight intensity={0.6} />
      <directionalLight position={[2, -1, 3]} intensity={1.3} />
      <directionalLight position={[-2, 2, -1]} intensity={0.5} />
      <BoxFrame lo={LO} hi={HI} />
      <group
        onPointerMove={
          hover &&
          ((e: ThreeEvent<PointerEvent>) => {
            e.stopPropagation(); // the nearest hit only
            if (e.buttons !== 0) return; // turning the view, not hovering
            hover.onPoint([e.point.x, e.point.y, e.point.z], e.object.name === 'slice-surface' ? 'surface' : 'plane');
          })
        }
        onPointerOut={hover && (() => hover.onLeave())}
      >
        <mesh geometry={surface} name="slice-surface" userData={{ triangles: volume.indices.length / 3 }}>
          <meshStandardMaterial vertexColors side={THREE.DoubleSide} roughness={0.6} transparent opacity={0.85} />
        </mesh>
        {hover && hover.planeY !== null && (
          <mesh geometry={PLANE} position={[0, hover.planeY, 0]} name="slice-probe-plane">
            <meshBasicMaterial color="#5b6b8c" transparent opacity={0.1} side={THREE.DoubleSide} depthWrite={false} />
          </mesh>
        )}
      </group>
      {hover && hover.planeY !== null && (
        <lineSegments geometry={PLANE_EDGES} position={[0, hover.planeY, 0]}>
          <lineBasicMaterial color="#5b6b8c" />
        </lineSegments>
      )}
      {hover?.marker && (
        // Drawn over the surface it lies on (no depth test), so the shown point is never hidden.
        <mesh position={hover.marker} renderOrder={10} name="slice-hover-marker">
          <sphereGeometry args={[0.035, 12, 10]} />
          <meshBasicMaterial color="#111" depthTest={false} transparent />
        </mesh>
      )}
      {axes.map((g, a) => (
        <lineSegments key={a} geometry={g}>
          <lineBasicMaterial color={SLICE_AXIS_COLORS[a]} />
        </lineSegments>
      ))}
      <mesh position={[0, 0, 0]}>
        <sphereGeometry args={[0.045, 16, 12]} />
        <meshStandardMaterial color="#1d2330" />
      </mesh>
      {paths.map((p, i) => (
        <PathLine key={i} points={p.points} color={p.color} />
      ))}
      <OrbitControls makeDefault enableDamping={false} />
    </>
  );
}
