import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import { live } from '../store/liveData';
import { curveGeometry } from './boundaryGeometry';
import { probabilityColor } from './colormap';

/** 2-D boundary: the probability heat map as a texture and the p = 0.5 contour as segments. */
export function BoundaryField2D({ lo, hi, onPick }: { lo: number[]; hi: number[]; onPick?: (point: number[]) => void }) {
  const heat = useRef<THREE.Mesh>(null);
  const lines = useRef<THREE.LineSegments>(null);
  const seen = useRef<unknown>(null);

  useFrame(() => {
    const b = live.boundary;
    if (!b || b.boundary.dim !== 2 || seen.current === b || !heat.current || !lines.current) return;
    seen.current = b;
    const { probability, res, segments } = b.boundary;
    const rgba = new Uint8Array(res * res * 4);
    for (let i = 0; i < res * res; i++) {
      const [r, g, bl] = probabilityColor(probability[i]);
      rgba[4 * i] = r * 255;
      rgba[4 * i + 1] = g * 255;
      rgba[4 * i + 2] = bl * 255;
      rgba[4 * i + 3] = 255;
    }
    const tex = new THREE.DataTexture(rgba, res, res, THREE.RGBAFormat);
    tex.magFilter = THREE.LinearFilter;
    tex.minFilter = THREE.LinearFilter;
    tex.needsUpdate = true;
    const mat = heat.current.material as THREE.MeshBasicMaterial;
    mat.map?.dispose();
    mat.map = tex;
    mat.needsUpdate = true;
    lines.current.geometry.dispose();
    lines.current.geometry = curveGeometry(segments, 0.005);
    lines.current.userData.segments = segments.length / 4;
  });

  // Texel centres sit on grid vertices: the quad spans half a texel beyond the box... the grid
  // spans the box exactly, so the quad spans the box.
  return (
    <>
      <mesh
        ref={heat}
        position={[(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, -0.01]}
        name="probability-map"
        onClick={(e) => {
          if (!onPick || e.delta > 4) return;
          e.stopPropagation();
          onPick([e.point.x, e.point.y]);
        }}
      >
        <planeGeometry args={[hi[0] - lo[0], hi[1] - lo[1]]} />
        <meshBasicMaterial toneMapped={false} />
      </mesh>
      <lineSegments ref={lines} name="boundary-curve">
        <bufferGeometry />
        <lineBasicMaterial color="#111111" linewidth={2} />
      </lineSegments>
    </>
  );
}
