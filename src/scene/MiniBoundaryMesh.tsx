import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Mesh3D } from '../engine/protocol';
import { meshGeometry } from './boundaryGeometry';
import { heightColors } from './colormap';

/** A fixed boundary surface (a panel's snapshot), coloured by height like the paper's figure. */
export function MiniBoundaryMesh({ mesh }: { mesh: Mesh3D }) {
  const geometry = useMemo(() => meshGeometry(mesh, heightColors(mesh.positions)), [mesh]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} name="panel-boundary" userData={{ triangles: mesh.indices.length / 3 }}>
      <meshStandardMaterial vertexColors side={THREE.DoubleSide} roughness={0.55} metalness={0.05} transparent opacity={0.9} />
    </mesh>
  );
}
