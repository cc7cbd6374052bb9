import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Dataset } from '../core/datasets/types';
import { CLASS_COLORS } from './colormap';

/**
 * Training points as spheres coloured by class (instanced: one draw call for all).
 * `onPick` receives the index of a clicked point (clicks that end a drag do not count).
 */
export function DataPoints({ dataset, radius, onPick }: { dataset: Dataset; radius: number; onPick?: (index: number) => void }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const geometry = useMemo(() => new THREE.SphereGeometry(radius, 16, 12), [radius]);
  useLayoutEffect(() => {
    const m = ref.current;
    if (!m) return;
    const o = new THREE.Object3D();
    const c = new THREE.Color();
    const n = dataset.n;
    for (let i = 0; i < dataset.count; i++) {
      o.position.set(dataset.points[i * n], dataset.points[i * n + 1], n > 2 ? dataset.points[i * n + 2] : 0.01);
      o.updateMatrix();
      m.setMatrixAt(i, o.matrix);
      m.setColorAt(i, c.set(CLASS_COLORS[dataset.labels[i] % CLASS_COLORS.length]));
    }
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
  }, [dataset]);
  return (
    <instancedMesh
      ref={ref}
      args={[geometry, undefined, dataset.count]}
      name="data-points"
      onClick={(e) => {
        if (!onPick || e.instanceId === undefined || e.delta > 4) return;
        e.stopPropagation();
        onPick(e.instanceId);
      }}
      onPointerOver={() => onPick && (document.body.style.cursor = 'pointer')}
      onPointerOut={() => (document.body.style.cursor = '')}
    >
      <meshStandardMaterial roughness={0.35} />
    </instancedMesh>
  );
}
