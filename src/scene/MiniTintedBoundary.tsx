import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Field2D, Mesh3D } from '../engine/protocol';

/**
 * A second fixed boundary in one flat colour, drawn over a MiniScene's own (e.g. N2 over N1 in
 * the paradox view): a translucent surface in 3-D, a coloured p = 0.5 curve in 2-D.
 * MiniBoundaryMesh / MiniBoundaryField colour by height or probability, so two of them could
 * not be told apart.
 */
export function MiniTintedBoundary({ boundary, color }: { boundary: Mesh3D | Field2D; color: string }) {
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    if (boundary.dim === 3) {
      g.setIndex(new THREE.BufferAttribute(boundary.indices, 1));
      g.setAttribute('position', new THREE.BufferAttribute(boundary.positions, 3));
      g.setAttribute('normal', new THREE.BufferAttribute(boundary.normals, 3));
    } else {
      const s = boundary.segments;
      const pos = new Float32Array((s.length / 2) * 3);
      for (let i = 0, j = 0; i < s.length; i += 2, j += 3) pos.set([s[i], s[i + 1], 0.006], j);
      g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
    }
    g.computeBoundingSphere();
    return g;
  }, [boundary]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return boundary.dim === 3 ? (
    <mesh geometry={geometry} name="tinted-boundary" renderOrder={2}>
      <meshStandardMaterial color={color} side={THREE.DoubleSide} transparent opacity={0.55} depthWrite={false} roughness={0.6} />
    </mesh>
  ) : (
    <lineSegments geometry={geometry} name="tinted-boundary">
      <lineBasicMaterial color={color} />
    </lineSegments>
  );
}
