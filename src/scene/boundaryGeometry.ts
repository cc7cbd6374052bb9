import * as THREE from 'three';

/** An indexed triangle mesh as the engine sends it (transferable arrays, 3 floats per vertex). */
interface MeshArrays {
  readonly indices: Uint32Array;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
}

/** A three.js geometry for a boundary mesh, with per-vertex colours when given (RGB per vertex). */
export function meshGeometry(mesh: MeshArrays, colors?: Float32Array): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setIndex(new THREE.BufferAttribute(mesh.indices, 1));
  g.setAttribute('position', new THREE.BufferAttribute(mesh.positions, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(mesh.normals, 3));
  if (colors) g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  g.computeBoundingSphere();
  return g;
}

/**
 * Line segments of a 2-D boundary curve [x0, y0, x1, y1, ...] as a geometry in the plane z
 * (a little above the heat map, so the curve is never hidden by it).
 */
export function curveGeometry(segments: Float32Array, z: number): THREE.BufferGeometry {
  const pos = new Float32Array((segments.length / 2) * 3);
  for (let i = 0, j = 0; i < segments.length; i += 2, j += 3) {
    pos[j] = segments[i];
    pos[j + 1] = segments[i + 1];
    pos[j + 2] = z;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.computeBoundingSphere();
  return g;
}
