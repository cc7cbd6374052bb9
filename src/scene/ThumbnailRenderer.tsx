import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { Canvas, createPortal, useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { thumbnailRegistry, type ThumbnailView } from './thumbnailRegistry';
import { setUpThumbnailRenderer } from './rendererSetup';
import { ThumbnailWarmup } from './ThumbnailWarmup';

/**
 * One hidden WebGL canvas that draws every read-only boundary view (thumbnailRegistry.ts): each
 * view is an r3f portal with its own scene and camera; a frame renders the views marked dirty
 * into the corner of the shared drawing buffer and copies the pixels to the view's 2-D canvas.
 * One context for all views instead of one each: creating, sizing and losing a context cost
 * 100–300 ms of main-thread time apiece on software GL (bench: journey), and shaders compile once.
 */
export function ThumbnailRenderer() {
  // Its own task, after the first paint: the context is made during start-up but apart from
  // the main view's (creating both in one commit made one long task).
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const raf = requestAnimationFrame(() => (timer = window.setTimeout(() => setMounted(true), 0)));
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, []);
  if (!mounted) return null;
  return (
    <div className="thumbnail-renderer" aria-hidden="true">
      <Canvas frameloop="demand" dpr={1} gl={{ antialias: false }} events={undefined} onCreated={setUpThumbnailRenderer}>
        <ThumbnailPortals />
      </Canvas>
      <ThumbnailWarmup />
    </div>
  );
}

/** Frame budget for thumbnail drawing (ms): the rest wait for the next frame. */
const FRAME_BUDGET_MS = 24;
/** Initial drawing-buffer size: covers the panels and Claims views, so it is rarely resized. */
const INITIAL_BUFFER: [number, number] = [720, 400];

interface PortalTarget {
  scene: THREE.Scene;
  camera: THREE.PerspectiveCamera | THREE.OrthographicCamera;
  /** Shaders compiled (asynchronously where the browser can, so no frame waits for them). */
  compiled: 'no' | 'pending' | 'yes';
}
const targets = new Map<number, PortalTarget>();

function ThumbnailPortals() {
  const views = useSyncExternalStore(thumbnailRegistry.subscribe, thumbnailRegistry.list);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    gl.setSize(...INITIAL_BUFFER, false);
    gl.setScissorTest(true);
  }, [gl]);
  useFrame(() => {
    const t0 = performance.now();
    for (const v of thumbnailRegistry.list()) {
      const t = targets.get(v.id);
      if (!v.dirty || !t) continue;
      if (performance.now() - t0 > FRAME_BUDGET_MS) {
        invalidate(); // the rest next frame
        break;
      }
      if (t.compiled !== 'yes') {
        if (t.compiled === 'no') {
          t.compiled = 'pending';
          void gl.compileAsync(t.scene, t.camera).finally(() => ((t.compiled = 'yes'), invalidate()));
        }
        continue;
      }
      drawView(gl, v, t);
    }
  }, 1);
  return (
    <>
      {views.map((v) => (
        <ThumbnailPortal key={`${v.id}:${v.target.width}x${v.target.height}:${v.orthographic}`} view={v} />
      ))}
    </>
  );
}

function ThumbnailPortal({ view }: { view: ThumbnailView }) {
  const { width, height } = view.target;
  const [target] = useState<PortalTarget>(() => ({
    scene: new THREE.Scene(),
    camera: view.orthographic
      ? Object.assign(new THREE.OrthographicCamera(-width / 2, width / 2, height / 2, -height / 2, 0.01, 100), { manual: false })
      : new THREE.PerspectiveCamera(40, width / Math.max(1, height), 0.01, 100),
    compiled: 'no',
  }));
  useLayoutEffect(() => {
    if (view.orthographic) target.camera.position.set(0.5, 0.5, 5);
    targets.set(view.id, target);
    return () => {
      if (targets.get(view.id) === target) targets.delete(view.id);
    };
  }, [view.id, view.orthographic, target]);
  return createPortal(
    <>
      {view.content}
      <MarkDirty view={view} />
    </>,
    target.scene,
    { camera: target.camera, size: { width, height, top: 0, left: 0 } },
  );
}

/** Last child of a portal: its layout effect runs after the content's (camera fits included). */
function MarkDirty({ view }: { view: ThumbnailView }) {
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    view.dirty = true;
    invalidate();
  }, [view, view.version, invalidate]);
  return null;
}

const bufferSize = new THREE.Vector2();

/** Renders one view into the buffer's lower-left corner and copies it to the view's canvas. */
function drawView(gl: THREE.WebGLRenderer, view: ThumbnailView, t: PortalTarget): void {
  view.dirty = false;
  const { width: w, height: h } = view.target;
  if (w === 0 || h === 0) return;
  gl.getSize(bufferSize);
  if (bufferSize.x < w || bufferSize.y < h) gl.setSize(Math.max(bufferSize.x, w), Math.max(bufferSize.y, h), false);
  const bufferHeight = gl.domElement.height;
  gl.setViewport(0, 0, w, h);
  gl.setScissor(0, 0, w, h);
  gl.render(t.scene, t.camera);
  const g = view.target.getContext('2d');
  if (!g) return;
  g.clearRect(0, 0, w, h);
  // The GL viewport's origin is bottom-left; the canvas's is top-left.
  g.drawImage(gl.domElement, 0, bufferHeight - h, w, h, 0, 0, w, h);
}
