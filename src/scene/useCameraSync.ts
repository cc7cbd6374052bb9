import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useApp } from '../store/appStore';
import { writeUrl } from '../store/urlSync';

/**
 * The camera as part of the shareable scene: a link's camera is applied once, the default view
 * otherwise (and on Reset view); after each orbit the camera goes to the store and the URL.
 */
export function useCameraSync(controls: RefObject<OrbitControlsImpl | null>, applyDefault: () => void, deps: unknown[]): void {
  const camera = useThree((s) => s.camera);
  const resetToken = useApp((s) => s.cameraResetToken);

  useEffect(() => {
    const saved = useApp.getState().camera;
    if (saved && resetToken === 0) {
      camera.position.set(saved[0], saved[1], saved[2]);
      if (camera instanceof THREE.OrthographicCamera) camera.zoom = saved[6];
      camera.updateProjectionMatrix();
      controls.current?.target.set(saved[3], saved[4], saved[5]);
      controls.current?.update();
    } else {
      applyDefault();
      if (resetToken > 0 && useApp.getState().camera) {
        useApp.setState({ camera: null });
        writeUrl();
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetToken, ...deps]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    let timer: number | null = null;
    const onEnd = () => {
      if (timer !== null) clearTimeout(timer);
      timer = window.setTimeout(() => {
        const t = c.target;
        const zoom = camera instanceof THREE.OrthographicCamera ? camera.zoom : 1;
        useApp.setState({ camera: [camera.position.x, camera.position.y, camera.position.z, t.x, t.y, t.z, zoom] });
        writeUrl();
      }, 150);
    };
    c.addEventListener('end', onEnd);
    return () => {
      c.removeEventListener('end', onEnd);
      if (timer !== null) clearTimeout(timer);
    };
  }, [controls, camera]);
}
