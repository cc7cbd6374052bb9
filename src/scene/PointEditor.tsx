import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useApp } from '../store/appStore';
import { dragPoint, editPoints } from '../store/pointEditing';

/**
 * Edit mode: drag a point and it slides along the manifold (hold Shift in 3-D to leave it),
 * click the manifold to add a point of the chosen class, right-click a point to delete it.
 * Listens to the canvas's DOM pointer events so orbiting stays untouched outside a drag.
 */
export function PointEditor() {
  const { camera, gl, scene, controls } = useThree();
  const mode = useApp((s) => s.mode);

  useEffect(() => {
    if (mode !== 'edit') return;
    const el = gl.domElement;
    const ray = new THREE.Raycaster();
    let drag: { index: number; moved: boolean; depth: THREE.Plane } | null = null;
    let downAt: { x: number; y: number } | null = null;

    const setRay = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      ray.setFromCamera(new THREE.Vector2(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1), camera);
    };
    const pickPoint = (): number | null => {
      const mesh = scene.getObjectByName('data-points');
      const hit = mesh ? ray.intersectObject(mesh, false)[0] : undefined;
      return hit?.instanceId ?? null;
    };
    /** Where the pointer meets the manifold (or, off it, the drag's depth plane); null if nowhere. */
    const target = (free: boolean, depth: THREE.Plane | null): number[] | null => {
      const d = useApp.getState().dataset;
      if (!d) return null;
      const m = d.manifold;
      let p: THREE.Vector3 | null = null;
      if (d.n === 2) p = ray.ray.intersectPlane(new THREE.Plane(new THREE.Vector3(0, 0, 1), 0), new THREE.Vector3());
      else if (!free) {
        const surface = scene.getObjectByName('manifold');
        p = surface ? (ray.intersectObject(surface, false)[0]?.point ?? null) : null;
      }
      if (!p && depth) p = ray.ray.intersectPlane(depth, new THREE.Vector3());
      if (!p) return null;
      const raw = [p.x, p.y, p.z].slice(0, d.n);
      const q = free && d.n === 3 ? raw : Array.from(m.project(raw));
      return q.map((v, a) => Math.min(m.bounds.hi[a], Math.max(m.bounds.lo[a], v)));
    };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      setRay(e);
      const index = pickPoint();
      downAt = { x: e.clientX, y: e.clientY };
      if (index === null) return;
      const d = useApp.getState().dataset!;
      const pos = new THREE.Vector3(d.points[index * d.n], d.points[index * d.n + 1], d.n > 2 ? d.points[index * d.n + 2] : 0);
      const normal = camera.getWorldDirection(new THREE.Vector3()).negate();
      drag = { index, moved: false, depth: new THREE.Plane().setFromNormalAndCoplanarPoint(normal, pos) };
      if (controls) (controls as unknown as { enabled: boolean }).enabled = false;
      el.setPointerCapture(e.pointerId);
      e.stopPropagation();
    };
    const onMove = (e: PointerEvent) => {
      if (!drag) return;
      setRay(e);
      const p = target(e.shiftKey, drag.depth);
      if (!p) return;
      dragPoint(drag.index, p, drag.moved ? 'move' : 'start');
      drag.moved = true;
    };
    const onUp = (e: PointerEvent) => {
      if (drag) {
        if (drag.moved) {
          setRay(e);
          const p = target(e.shiftKey, drag.depth);
          if (p) dragPoint(drag.index, p, 'end');
        }
        drag = null;
        if (controls) (controls as unknown as { enabled: boolean }).enabled = true;
        return;
      }
      // A left click (no drag) on the manifold adds a point of the chosen class.
      const start = downAt;
      downAt = null;
      if (e.button !== 0 || !start || Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4) return;
      setRay(e);
      const p = target(false, null);
      if (p) editPoints({ kind: 'add', point: p, label: useApp.getState().editClass });
    };
    const onContext = (e: MouseEvent) => {
      setRay(e as PointerEvent);
      const index = pickPoint();
      if (index === null) return;
      e.preventDefault();
      editPoints({ kind: 'delete', index });
    };
    el.addEventListener('pointerdown', onDown, true);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('contextmenu', onContext);
    el.style.cursor = 'crosshair';
    return () => {
      el.removeEventListener('pointerdown', onDown, true);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('contextmenu', onContext);
      el.style.cursor = '';
    };
  }, [mode, camera, gl, scene, controls]);

  return null;
}
