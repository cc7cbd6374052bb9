import * as THREE from 'three';
import type { RootState } from '@react-three/fiber';

/** Longest hold for the GPU before drawing goes on anyway (ms): a lost fence cannot freeze the view. */
const MAX_HOLD_MS = 1500;
/** How often the GPU fence is polled (ms); a poll never blocks (WebGL 2 sync objects). */
const POLL_MS = 8;
/**
 * The drawing buffer is kept while the view's size is within these factors of it per axis: the
 * browser scales the picture down by up to 2× (it then has up to 2× the view's resolution, which
 * costs fill rate but looks sharp) or up by up to 1.15× (beyond that it looks blurred); outside
 * them the buffer is reallocated once the layout has been still for SETTLE_MS.
 */
const KEEP_FACTORS: [number, number] = [0.5, 1.15];
const SETTLE_MS = 400;

type Size = { width: number; height: number };
/** True when a view of size `want` may show a drawing buffer of size `have` scaled (CSS pixels). */
export const keepsDrawingBuffer = (want: Size, have: Size): boolean =>
  [want.width / have.width, want.height / have.height].every((f) => f >= KEEP_FACTORS[0] && f <= KEEP_FACTORS[1]);

/**
 * Keeps the GPU's queue for an r3f root to one frame, and reallocates its drawing buffer rarely.
 *
 * Why: a call that needs an answer from the GPU process (a shader program's first use, a pixel
 * copy) makes the main thread wait until the GPU has run everything queued before it, and
 * reallocating a drawing buffer waits until the whole GPU is idle. On software GL (SwiftShader)
 * frames are slow and were queued faster than they were drawn, so in Chrome traces of the bench's
 * journey the long tasks after start-up were `WebGLRenderer.setSize` (a lecture step, the panels
 * drawer or the lecture's own layout resizing the view, often by 3–4 px) and three's `onFirstUse`
 * (shader link status), both in `CommandBufferProxyImpl::WaitForGetOffset`, 0.2–1.5 s each.
 *
 * How: after each frame a fence is put into the GL stream and the root is held (r3f skips an
 * inactive root; invalidations meanwhile are remembered) until it has signalled, polled with
 * `clientWaitSync(…, 0)`, which returns at once. A size change restyles the canvas at once and the
 * browser scales the drawing buffer to it (the caller has set the camera's new aspect, so the
 * picture keeps its proportions); only a change beyond KEEP_FACTORS reallocates the buffer, after
 * the layout has settled, with the queue empty and the page idle. A change of pixel ratio (drei's
 * AdaptiveDpr while orbiting) resizes at once: its frames must fill the buffer they are drawn into.
 * On a hardware GPU a frame's fence signals within the frame, so nothing is held in practice.
 * `scaleToSize: false` (a hidden buffer that views are copied out of) keeps three's immediate
 * resizes. Call from the Canvas's onCreated; stops by itself when the context is lost (unmount).
 */
export function paceToGpu(state: RootState, { scaleToSize = true } = {}): void {
  const { gl: renderer, get } = state;
  const gl = renderer.getContext() as WebGL2RenderingContext;
  if (typeof gl.fenceSync !== 'function') return; // WebGL 1: no fences, keep three's behaviour
  const canvas = renderer.domElement;
  const setSize = renderer.setSize.bind(renderer);
  const render = renderer.render.bind(renderer);
  const invalidate = state.invalidate;
  const size = renderer.getSize(new THREE.Vector2());
  /** The drawing buffer's size in CSS pixels (three's own size) and the pixel ratio it was made at. */
  const buffer = { width: size.x, height: size.y, pixelRatio: renderer.getPixelRatio() };
  let resize: (Size & { updateStyle: boolean; due: number }) | null = null;
  let fence: WebGLSync | null = null;
  let since = 0;
  let timer = 0;
  let wanted = false;

  const reallocate = (to: Size, updateStyle: boolean) => {
    setSize(to.width, to.height, updateStyle);
    Object.assign(buffer, { width: to.width, height: to.height, pixelRatio: renderer.getPixelRatio() });
  };
  const release = () => {
    timer = 0;
    if (fence) gl.deleteSync(fence);
    fence = null;
    if (gl.isContextLost()) return; // unmounted: r3f has deactivated the root for good
    if (resize && performance.now() >= resize.due) {
      const r = resize;
      // The queue is empty; reallocate when the page is idle too (the wait is for the whole GPU).
      const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 0));
      idle(
        () => {
          if (resize === r && !gl.isContextLost()) {
            resize = null;
            reallocate(r, r.updateStyle);
          }
          wanted = true;
          activate();
        },
        { timeout: 1000 },
      );
      return;
    }
    activate();
  };
  const activate = () => {
    const internal = get().internal;
    internal.active = true;
    if (wanted || internal.frames > 0) {
      wanted = false;
      invalidate();
    }
  };
  const poll = () => {
    const signalled = !fence || gl.isContextLost() || gl.clientWaitSync(fence, 0, 0) !== gl.TIMEOUT_EXPIRED;
    if (signalled || performance.now() - since > MAX_HOLD_MS) release();
    else timer = window.setTimeout(poll, POLL_MS);
  };
  /** Fence after everything queued so far; the root draws nothing until it has signalled. */
  const hold = () => {
    if (fence) gl.deleteSync(fence);
    else since = performance.now();
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    get().internal.active = false;
    if (!timer) timer = window.setTimeout(poll, POLL_MS);
  };
  let settle = 0;

  renderer.render = (scene: THREE.Object3D, camera: THREE.Camera) => {
    render(scene, camera);
    if (!renderer.getRenderTarget()) hold();
  };
  if (scaleToSize)
    renderer.setSize = (width: number, height: number, updateStyle = true) => {
      const want = { width, height };
      clearTimeout(settle);
      if (renderer.getPixelRatio() !== buffer.pixelRatio || buffer.width === 0 || buffer.height === 0) {
        resize = null;
        reallocate(want, updateStyle);
        return;
      }
      if (updateStyle) Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
      if (keepsDrawingBuffer(want, buffer)) {
        resize = null;
        return;
      }
      resize = { ...want, updateStyle, due: performance.now() + SETTLE_MS };
      settle = window.setTimeout(hold, SETTLE_MS);
    };
  state.set({
    invalidate: (frames?: number) => {
      if (get().internal.active) invalidate(frames);
      else wanted = true;
    },
  });
}

/**
 * The view as shown, for export: while the drawing buffer is scaled to a size it was not made
 * for (paceToGpu), its own aspect differs from the view's; this redraws it at the view's aspect
 * (at the buffer's width). Returns `canvas` itself when the two agree to a pixel.
 */
export function displayedView(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const { clientWidth: w, clientHeight: h, width } = canvas;
  const height = w > 0 ? Math.round((width * h) / w) : canvas.height;
  if (Math.abs(height - canvas.height) <= 1) return canvas;
  const out = document.createElement('canvas');
  Object.assign(out, { width, height });
  out.getContext('2d')?.drawImage(canvas, 0, 0, width, height);
  return out;
}
