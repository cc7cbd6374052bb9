import { useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { Dataset } from '../core/datasets/types';
import { useApp } from '../store/appStore';
import { CLASS_COLORS } from './colormap';

/**
 * Training points as spheres coloured by class (instanced: one draw call for all).
 * `onPick` receives the index of a clicked point (clicks that end a drag do not count).
 * With "Points through boundary" on, a second copy draws only where something (the boundary
 * surface, the manifold) is in front of a point (depth test GREATER), as a flat disc in its
 * class colour: no point vanishes under the surface, and visible points keep their shading.
 */
export function DataPoints({ dataset, radius, onPick }: { dataset: Dataset; radius: number; onPick?: (index: number) => void }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const xray = useRef<THREE.InstancedMesh>(null);
  const showHidden = useApp((s) => s.settings.showHiddenPoints);
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => new THREE.SphereGeometry(radius, 16, 12), [radius]);
  useLayoutEffect(() => {
    const o = new THREE.Object3D();
    const c = new THREE.Color();
    const n = dataset.n;
    for (const m of [ref.current, xray.current]) {
      if (!m) continue;
      for (let i = 0; i < dataset.count; i++) {
        o.position.set(dataset.points[i * n], dataset.points[i * n + 1], n > 2 ? dataset.points[i * n + 2] : 0.01);
        o.updateMatrix();
        m.setMatrixAt(i, o.matrix);
        m.setColorAt(i, c.set(CLASS_COLORS[dataset.labels[i] % CLASS_COLORS.length]));
      }
      m.instanceMatrix.needsUpdate = true;
      if (m.instanceColor) m.instanceColor.needsUpdate = true;
      m.computeBoundingSphere();
    }
    invalidate();
  }, [dataset, showHidden, invalidate]);
  return (
    <>
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
      {showHidden && dataset.n > 2 && (
        // Drawn after the (transparent) boundary surface; raycast off so clicks hit the real points.
        <instancedMesh
          ref={xray}
          args={[geometry, undefined, dataset.count]}
          name="data-points-hidden-parts"
          renderOrder={10}
          raycast={() => null}
        >
          <meshBasicMaterial transparent opacity={0.8} depthFunc={THREE.GreaterDepth} depthWrite={false} />
        </instancedMesh>
      )}
    </>
  );
}
