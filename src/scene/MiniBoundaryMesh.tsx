import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Mesh3D } from '../engine/protocol';
import { heightColors } from './colormap';

/** A fixed boundary surface (a panel's snapshot), coloured by height like the paper's figure. */
export function MiniBoundaryMesh({ mesh }: { mesh: Mesh3D }) {
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setIndex(new THREE.BufferAttribute(mesh.indices, 1));
    g.setAttribute('position', new THREE.BufferAttribute(mesh.positions, 3));
    g.setAttribute('normal', new THREE.BufferAttribute(mesh.normals, 3));
    g.setAttribute('color', new THREE.BufferAttribute(heightColors(mesh.positions), 3));
    g.computeBoundingSphere();
    return g;
  }, [mesh]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} name="panel-boundary" userData={{ triangles: mesh.indices.length / 3 }}>
      <meshStandardMaterial vertexColors side={THREE.DoubleSide} roughness={0.55} metalness={0.05} transparent opacity={0.9} />
    </mesh>
  );
}
