import { useMemo } from 'react';
import * as THREE from 'three';

/** The view box's edges, so depth and scale read at a glance. */
export function BoxFrame({ lo, hi }: { lo: number[]; hi: number[] }) {
  const geometry = useMemo(() => {
    const box = new THREE.BoxGeometry(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
    box.translate((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2);
    return new THREE.EdgesGeometry(box);
  }, [lo, hi]);
  return (
    <lineSegments geometry={geometry}>
      <lineBasicMaterial color="#5c6370" />
    </lineSegments>
  );
}
