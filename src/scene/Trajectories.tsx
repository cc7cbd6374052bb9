import { useEffect, useRef } from 'react';
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { attackLive, visibleCount, type Track } from '../store/attackLive';
import { ATTACK_COLORS } from '../store/attackColors';
import { isStale, shownEpoch } from '../store/attackNetwork';
import { buildTrack, dimTrack, disposeTrack, pointOf } from './TrajectoryObjects';
import { useTrajectoryWarmup } from './useTrajectoryWarmup';

/**
 * Attack paths over the boundary. Reads attackLive in useFrame and rebuilds a
 * path's objects only when what it shows changed (more iterates, replay progress, selection).
 * Also installs attackLive.screenOf, which maps a scene point to page pixels (used by tests).
 */
export function Trajectories({ radius, boxSize }: { radius: number; boxSize: number }) {
  const group = useRef<THREE.Group>(null);
  const built = useRef(new Map<number, { key: string; obj: THREE.Object3D }>());
  const get = useThree((s) => s.get);
  const size = useThree((s) => s.size);
  const resolution = useRef(new THREE.Vector2());
  useTrajectoryWarmup(radius, resolution.current);

  useEffect(() => {
    attackLive.screenOf = (p) => {
      const { camera, gl } = get();
      const v = pointOf(p, 0, p.length).project(camera);
      if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
      const rect = gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
    };
    return () => {
      attackLive.screenOf = null;
    };
  }, [get]);

  // "Drawn" is stamped after the frame that shows the whole path has been rendered.
  const drawnPending = useRef(new Set<Track>());
  useEffect(
    () =>
      addAfterEffect(() => {
        if (drawnPending.current.size === 0) return;
        const now = performance.now();
        drawnPending.current.forEach((t) => (t.drawnAt ??= now));
        drawnPending.current.clear();
      }),
    [],
  );

  useEffect(() => {
    const cache = built.current;
    return () => {
      cache.forEach(({ obj }) => disposeTrack(obj));
      cache.clear();
    };
  }, []);

  useFrame(({ invalidate }) => {
    const g = group.current;
    if (!g) return;
    const now = performance.now();
    if (attackLive.replay) invalidate(); // a replay grows the path frame by frame
    resolution.current.set(size.width, size.height);
    const alive = new Set<number>();
    const epoch = shownEpoch();
    for (const t of attackLive.tracks) {
      alive.add(t.runId);
      const visible = visibleCount(t, now);
      const selected = attackLive.selected === t.runId;
      // A path from another epoch's network is drawn faint (attackNetwork.ts).
      const stale = isStale(t, epoch);
      const key = `${t.count}|${visible}|${selected}|${t.readout ? 1 : 0}|${stale}|${size.width}x${size.height}`;
      const old = built.current.get(t.runId);
      if (old?.key === key) continue;
      if (old) {
        g.remove(old.obj);
        disposeTrack(old.obj);
      }
      const obj = buildTrack(t, visible, {
        color: ATTACK_COLORS[t.attackId],
        radius,
        boxSize,
        arrows: selected,
        resolution: resolution.current,
      });
      if (stale) dimTrack(obj);
      g.add(obj);
      built.current.set(t.runId, { key, obj });
      if (t.readout && visible === t.count && t.drawnAt === null) drawnPending.current.add(t);
    }
    for (const [runId, { obj }] of built.current) {
      if (alive.has(runId)) continue;
      g.remove(obj);
      disposeTrack(obj);
      built.current.delete(runId);
    }
  });

  return <group ref={group} name="attack-trajectories" />;
}
