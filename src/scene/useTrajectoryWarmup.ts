import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type * as THREE from 'three';
import { live, sceneChangeListeners } from '../store/liveData';
import { ATTACK_COLORS } from '../store/attackColors';
import { disposeTrack, trajectoryProbe } from './TrajectoryObjects';

/**
 * three.js queries a program's link status and its uniforms on its first draw; each query waits
 * for the GPU process to finish all queued work (a whole software-rendered frame or more). Doing
 * it here moves that wait from the first path's frame to idle time.
 */
function firstUse(gl: THREE.WebGLRenderer, probe: THREE.Object3D): void {
  probe.traverse((o) => {
    const m = (o as THREE.Mesh).material as THREE.Material | undefined;
    const program = m && (gl.properties.get(m) as { currentProgram?: { getUniforms(): unknown } }).currentProgram;
    program?.getUniforms();
  });
}

/**
 * Compiles the attack paths' shader programs ahead of the first click, so the frame that draws
 * the first path does not compile and link five programs (≈ 100 ms on software GL, measured in
 * a Chrome trace as GetProgramiv waits). Starts once the first boundary is on screen and the page
 * is idle, so it does not delay the cold start; uses three.js compileAsync (with
 * KHR_parallel_shader_compile the GPU process compiles while the page runs on), then the
 * programs' first use (firstUse). The shared materials keep the programs alive.
 */
export function useTrajectoryWarmup(radius: number, resolution: THREE.Vector2): void {
  const get = useThree((s) => s.get);
  useEffect(() => {
    let cancelled = false;
    let idleId: number | undefined;
    const warm = () => {
      if (cancelled) return;
      const { gl, camera, scene } = get();
      const probe = trajectoryProbe({ color: ATTACK_COLORS.pgdL2, radius, resolution });
      gl.compileAsync(probe, camera, scene)
        .then(() => firstUse(gl, probe))
        .catch(() => undefined) // a failed warm-up only means the first path compiles its shaders itself
        .finally(() => disposeTrack(probe));
    };
    const schedule = () => {
      if (!live.boundary || idleId !== undefined) return;
      sceneChangeListeners.delete(schedule);
      idleId = typeof requestIdleCallback === 'function' ? requestIdleCallback(warm, { timeout: 1500 }) : window.setTimeout(warm, 200);
    };
    sceneChangeListeners.add(schedule);
    schedule();
    return () => {
      cancelled = true;
      sceneChangeListeners.delete(schedule);
      if (idleId !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idleId);
    };
  }, [get, radius, resolution]);
}
