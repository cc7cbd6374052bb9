import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import { live } from '../store/liveData';
import { useApp } from '../store/appStore';
import { heightColors } from './colormap';

const NEUTRAL = new THREE.Color('#b8bcc8');

/** The decision boundary p = 0.5 as an isosurface; geometry swapped when the worker sends one. */
export function BoundarySurface() {
  const mesh = useRef<THREE.Mesh>(null);
  const seen = useRef<unknown>(null);
  const colorByHeight = useApp((s) => s.settings.colorByHeight);
  const colorMode = useRef(colorByHeight);

  useFrame(() => {
    const m = mesh.current;
    const b = live.boundary;
    if (!m || !b || b.boundary.dim !== 3) return;
    if (seen.current === b && colorMode.current === colorByHeight) return;
    seen.current = b;
    colorMode.current = colorByHeight;
    const { positions, normals, indices } = b.boundary;
    const g = new THREE.BufferGeometry();
    g.setIndex(new THREE.BufferAttribute(indices, 1));
    g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    g.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
    if (colorByHeight) g.setAttribute('color', new THREE.BufferAttribute(heightColors(positions), 3));
    g.computeBoundingSphere();
    m.geometry.dispose();
    m.geometry = g;
    const mat = m.material as THREE.MeshStandardMaterial;
    // Recompiling the shader is slow on software GL: only when the colour mode flips.
    if (mat.vertexColors !== colorByHeight) {
      mat.vertexColors = colorByHeight;
      mat.color = colorByHeight ? new THREE.Color('#ffffff') : NEUTRAL;
      mat.needsUpdate = true;
    }
    m.userData.triangles = indices.length / 3;
    m.userData.epoch = b.epoch;
  });

  return (
    <mesh ref={mesh} name="boundary-surface">
      <bufferGeometry />
      <meshStandardMaterial
        side={THREE.DoubleSide}
        roughness={0.55}
        metalness={0.05}
        transparent
        opacity={0.88}
        vertexColors
        color="#ffffff"
      />
    </mesh>
  );
}
