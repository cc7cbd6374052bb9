import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Field2D } from '../engine/protocol';
import { curveGeometry } from './boundaryGeometry';
import { probabilityColor } from './colormap';

/** p(class 1) over the view box as an RGBA texture (red–white–blue, like the live 2-D view). */
export function probabilityTexture(field: Field2D): THREE.DataTexture {
  const { probability, res } = field;
  const rgba = new Uint8Array(res * res * 4);
  for (let i = 0; i < res * res; i++) {
    const [r, g, b] = probabilityColor(probability[i]);
    rgba.set([r * 255, g * 255, b * 255, 255], 4 * i);
  }
  const tex = new THREE.DataTexture(rgba, res, res, THREE.RGBAFormat);
  tex.magFilter = THREE.LinearFilter;
  tex.minFilter = THREE.LinearFilter;
  tex.needsUpdate = true;
  return tex;
}

/** A fixed 2-D boundary (a panel's snapshot): heat map plus the p = 0.5 curve. */
export function MiniBoundaryField({ field, lo, hi }: { field: Field2D; lo: number[]; hi: number[] }) {
  const texture = useMemo(() => probabilityTexture(field), [field]);
  const curve = useMemo(() => curveGeometry(field.segments, 0.005), [field]);
  useEffect(() => () => texture.dispose(), [texture]);
  useEffect(() => () => curve.dispose(), [curve]);
  return (
    <>
      <mesh position={[(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, -0.01]}>
        <planeGeometry args={[hi[0] - lo[0], hi[1] - lo[1]]} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
      <lineSegments geometry={curve} name="panel-curve" userData={{ segments: field.segments.length / 4 }}>
        <lineBasicMaterial color="#111111" />
      </lineSegments>
    </>
  );
}
