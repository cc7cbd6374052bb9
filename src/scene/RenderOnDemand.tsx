import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useApp } from '../store/appStore';
import { pathChangeListeners } from '../store/attackLive';
import { live, sceneChangeListeners } from '../store/liveData';

/**
 * The main view renders on demand (frameloop "demand"): a frame when a new boundary or attack
 * path arrives, when the store changes (scene, settings, camera reset), on camera moves (the
 * orbit controls invalidate by themselves) and while a path is replayed (Trajectories). Paused
 * with no input it draws nothing, leaving the CPU to the worker.
 */
export function RenderOnDemand() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const redraw = () => invalidate();
    sceneChangeListeners.add(redraw);
    pathChangeListeners.add(redraw);
    const unsubscribe = useApp.subscribe(redraw);
    return () => {
      sceneChangeListeners.delete(redraw);
      pathChangeListeners.delete(redraw);
      unsubscribe();
    };
  }, [invalidate]);
  useFrame(() => {
    live.frames++;
  });
  return null;
}
