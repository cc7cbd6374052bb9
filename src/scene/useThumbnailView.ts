import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { thumbnailRegistry } from './thumbnailRegistry';

/**
 * Draws `content` (r3f elements: a scene without its own Canvas) into the 2-D canvas `ref` with
 * the shared thumbnail renderer (ThumbnailRenderer.tsx), at the canvas's CSS size (1 pixel per
 * CSS pixel: software GL is slow). Redrawn when `deps` or the size change; nothing per frame.
 */
export function useThumbnailView(
  ref: RefObject<HTMLCanvasElement | null>,
  content: ReactNode,
  orthographic: boolean,
  deps: unknown[],
): void {
  const id = useRef<number | null>(null);
  const latest = useRef({ content, orthographic });
  latest.current = { content, orthographic };

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const fit = () => {
      const w = Math.round(canvas.clientWidth);
      const h = Math.round(canvas.clientHeight);
      if (w === canvas.width && h === canvas.height) return false;
      canvas.width = w;
      canvas.height = h;
      return true;
    };
    fit();
    id.current = thumbnailRegistry.add({ target: canvas, ...latest.current });
    const observer = new ResizeObserver(() => {
      if (fit() && id.current !== null) thumbnailRegistry.update(id.current, {});
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      if (id.current !== null) thumbnailRegistry.remove(id.current);
      id.current = null;
    };
  }, [ref]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (id.current !== null) thumbnailRegistry.update(id.current, latest.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orthographic, ...deps]);
}
