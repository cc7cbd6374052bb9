import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Field2D, Mesh3D } from '../engine/protocol';
import { curveGeometry, meshGeometry } from './boundaryGeometry';

/**
 * A second fixed boundary in one flat colour, drawn over a MiniScene's own (e.g. N2 over N1 in
 * the paradox view): a translucent surface in 3-D, a coloured p = 0.5 curve in 2-D.
 * MiniBoundaryMesh / MiniBoundaryField colour by height or probability, so two of them could
 * not be told apart.
 */
export function MiniTintedBoundary({ boundary, color }: { boundary: Mesh3D | Field2D; color: string }) {
  // Just above the MiniScene's own curve (z = 0.005), so both stay visible.
  const geometry = useMemo(() => (boundary.dim === 3 ? meshGeometry(boundary) : curveGeometry(boundary.segments, 0.006)), [boundary]);
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
