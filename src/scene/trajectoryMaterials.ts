import * as THREE from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';

/**
 * The materials of the attack paths, shared by every path and kept for the page's lifetime
 * (one per kind and colour: a few dozen at most). Why shared and never disposed: three.js frees
 * a shader program when the last material using it is disposed, so per-path materials made each
 * new path (and each change of the selected path, whose arrows go away) compile and link its
 * shaders again, 30–80 ms per program on software GL, all inside the frame that draws the path.
 * Five programs cover everything a path draws: fat line opaque and see-through, instanced step
 * spheres, and meshes drawn depth-tested or on top (three.js keys programs on `transparent`).
 */
const cache = new Map<string, THREE.Material>();

function cached<M extends THREE.Material>(key: string, make: () => M): M {
  let m = cache.get(key) as M | undefined;
  if (!m) {
    m = make();
    cache.set(key, m);
  }
  return m;
}

/**
 * A fat-line material (three/examples Line2). `width` in CSS pixels; `ghost`: faint, not
 * depth-tested, drawn through the boundary surface. `resolution` (drawing-buffer size, px) is
 * copied in on every call, since all paths share the view.
 */
export function lineMaterial(color: string, width: number, ghost: boolean, resolution: THREE.Vector2): LineMaterial {
  const mat = cached(
    `line|${color}|${width}|${ghost}`,
    () =>
      new LineMaterial({
        color,
        linewidth: width,
        transparent: ghost,
        opacity: ghost ? 0.45 : 1,
        depthTest: !ghost,
        depthWrite: !ghost,
      }),
  );
  mat.resolution.copy(resolution);
  return mat;
}

/** An unlit mesh material; `onTop`: not depth-tested, drawn over everything (markers, arrows). */
export function basicMaterial(color: string, onTop: boolean): THREE.MeshBasicMaterial {
  return cached(`basic|${color}|${onTop}`, () => new THREE.MeshBasicMaterial({ color, depthTest: !onTop, transparent: onTop }));
}

/** How many shared materials exist now (tests check that paths do not add new ones per path). */
export function trajectoryMaterialCount(): number {
  return cache.size;
}
