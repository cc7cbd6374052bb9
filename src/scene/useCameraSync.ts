import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { pushNotice, useApp } from '../store/appStore';
import { writeUrl } from '../store/urlSync';
import { applyPose, cameraShowsBox, poseOf, type CameraPose, type ViewKind } from './cameraFit';

/** The last pose of each view kind this session: switching 2-D ↔ 3-D and back keeps both. */
const remembered: Record<ViewKind, CameraPose | null> = { '2d': null, '3d': null };
/** The Reset-view request already served (the token outlives the canvas of either kind). */
let servedReset = 0;

/**
 * The camera as part of the shareable scene: a link's camera is applied once, the default view
 * otherwise (and on Reset view); after each orbit the camera goes to the store and the URL.
 * Each view kind keeps its own camera, and a camera that would not show the data box (a 3-D
 * pose in the 2-D view, a link zoomed far away) is replaced by the default view.
 */
export function useCameraSync(
  controls: RefObject<OrbitControlsImpl | null>,
  kind: ViewKind,
  bounds: { lo: readonly number[]; hi: readonly number[] },
  applyDefault: () => void,
  deps: unknown[],
): void {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const resetToken = useApp((s) => s.cameraResetToken);

  useEffect(() => {
    const { camera: stored, cameraKind } = useApp.getState();
    const saved = stored && (cameraKind === null || cameraKind === kind) ? stored : remembered[kind];
    let reset = resetToken !== servedReset;
    servedReset = resetToken;
    if (reset) remembered[kind] = null;
    if (saved && !reset) {
      applyPose(camera, saved, controls.current?.target);
      controls.current?.update();
      if (!cameraShowsBox(camera, bounds.lo, bounds.hi)) {
        reset = true;
        remembered[kind] = null;
        pushNotice('info', 'The saved camera did not show the data, so the default view is used.', { kind: 'camera-reset' });
      }
    }
    if (!saved || reset) applyDefault();
    const pose = saved && !reset ? saved : null;
    if (stored !== pose || cameraKind !== kind) {
      useApp.setState({ camera: pose, cameraKind: kind });
      writeUrl();
    }
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetToken, kind, ...deps]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    let timer: number | null = null;
    const onEnd = () => {
      if (timer !== null) clearTimeout(timer);
      timer = window.setTimeout(() => {
        const pose = poseOf(camera, c.target);
        remembered[kind] = pose;
        useApp.setState({ camera: pose, cameraKind: kind });
        writeUrl();
      }, 150);
    };
    c.addEventListener('end', onEnd);
    return () => {
      c.removeEventListener('end', onEnd);
      if (timer !== null) clearTimeout(timer);
    };
  }, [controls, camera, kind]);
}
