import { useMemo } from 'react';
import * as THREE from 'three';
import type { Manifold } from '../core/datasets/types';

/**
 * One template mesh per manifold object, shared by the main view and every epoch thumbnail:
 * projecting its 6,561 (plane) or 3,185 (sphere) vertices onto M and computing normals takes
 * tens of ms on the main thread, so it is done once rather than on each panel's mount.
 */
const geometries = new WeakMap<Manifold, THREE.BufferGeometry>();

function manifoldGeometry(manifold: Manifold): THREE.BufferGeometry {
  const cached = geometries.get(manifold);
  if (cached) return cached;
  const { lo, hi } = manifold.bounds;
  const centre = lo.map((l, i) => (l + hi[i]) / 2);
  const g = manifold.kind === 'sphere3d' ? new THREE.SphereGeometry(0.3, 64, 48) : new THREE.PlaneGeometry(1, 1, 80, 80);
  if (manifold.kind !== 'sphere3d') {
    // Span the data square [0,1]^2 of the plane/sheet toys.
    g.translate(0.5, 0.5, 0.5);
  } else {
    g.translate(centre[0], centre[1], centre[2]);
  }
  const pos = g.getAttribute('position') as THREE.BufferAttribute;
  for (let i = 0; i < pos.count; i++) {
    const p = manifold.project([pos.getX(i), pos.getY(i), pos.getZ(i)]);
    pos.setXYZ(i, p[0], p[1], p[2]);
  }
  g.computeVertexNormals();
  geometries.set(manifold, g);
  return g;
}

/**
 * The data manifold drawn translucent: a template surface (a grid over the box's x-y extent,
 * or a sphere) whose vertices are projected onto M with the manifold's own exact projection.
 */
export function ManifoldMesh({ manifold, onPick }: { manifold: Manifold; onPick?: (point: number[]) => void }) {
  const geometry = useMemo(() => manifoldGeometry(manifold), [manifold]);

  return (
    <mesh
      geometry={geometry}
      name="manifold"
      renderOrder={-1}
      onClick={(e) => {
        if (!onPick || e.delta > 4) return;
        e.stopPropagation();
        onPick(Array.from(manifold.project([e.point.x, e.point.y, e.point.z])));
      }}
    >
      <meshStandardMaterial color="#8a8f9c" transparent opacity={0.22} side={THREE.DoubleSide} depthWrite={false} />
    </mesh>
  );
}
