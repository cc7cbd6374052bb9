import * as THREE from 'three';

/** Which kind of view a camera belongs to: the 2-D top view (orthographic) or the 3-D orbit view. */
export type ViewKind = '2d' | '3d';

/** A stored camera: position x, y, z, target x, y, z and orthographic zoom (1 for perspective). */
export type CameraPose = number[];

/**
 * Whether `camera` shows the data box [lo, hi] (2 or 3 coordinates): its centre projects inside
 * the view, in front of the camera, and the box covers at least `minShare` of the view's width or
 * height (and is not blown up beyond `maxSpan` view widths). A camera that fails this would show
 * an empty background, e.g. a 3-D orbit pose applied to the 2-D top view.
 */
export function cameraShowsBox(camera: THREE.Camera, lo: readonly number[], hi: readonly number[], minShare = 0.08, maxSpan = 40): boolean {
  camera.updateMatrixWorld();
  const centre = new THREE.Vector3((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo.length > 2 ? (lo[2] + hi[2]) / 2 : 0).project(camera);
  const inView = (v: THREE.Vector3) =>
    Number.isFinite(v.x) && Number.isFinite(v.y) && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1 && v.z > -1 && v.z < 1;
  if (!inView(centre)) return false;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let m = 0; m < 8; m++) {
    const p = new THREE.Vector3(m & 1 ? hi[0] : lo[0], m & 2 ? hi[1] : lo[1], lo.length > 2 ? (m & 4 ? hi[2] : lo[2]) : 0).project(camera);
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y) || p.z >= 1) return false; // a corner behind the camera
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const share = Math.max((maxX - minX) / 2, (maxY - minY) / 2);
  return share >= minShare && share <= maxSpan;
}

/** Put a stored pose on the camera (and the orbit target). */
export function applyPose(camera: THREE.Camera, pose: CameraPose, target?: THREE.Vector3): void {
  camera.position.set(pose[0], pose[1], pose[2]);
  if (camera instanceof THREE.OrthographicCamera) camera.zoom = pose[6];
  camera.lookAt(pose[3], pose[4], pose[5]);
  (camera as THREE.PerspectiveCamera).updateProjectionMatrix?.();
  target?.set(pose[3], pose[4], pose[5]);
}

/** The pose of a camera looking at `target`. */
export function poseOf(camera: THREE.Camera, target: THREE.Vector3): CameraPose {
  const zoom = camera instanceof THREE.OrthographicCamera ? camera.zoom : 1;
  return [camera.position.x, camera.position.y, camera.position.z, target.x, target.y, target.z, zoom];
}
