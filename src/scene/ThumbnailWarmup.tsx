import { useEffect } from 'react';
import { useApp } from '../store/appStore';
import type { Dataset } from '../core/datasets/types';
import type { Field2D, Mesh3D } from '../engine/protocol';
import { MiniScene } from './MiniScene';
import { thumbnailRegistry } from './thumbnailRegistry';

/** How long the warm-up view may stay registered (ms): enough to compile and draw it once. */
const WARMUP_MS = 8000;

/** A one-triangle (3-D) or one-segment (2-D) boundary in the data's box: the shaders do not depend on its size. */
function stubBoundary(dataset: Dataset): Mesh3D | Field2D {
  const { lo, hi } = dataset.manifold.bounds;
  if (dataset.n === 2)
    return { dim: 2, segments: new Float32Array([lo[0], lo[1], hi[0], hi[1]]), probability: new Float32Array([0, 1, 1, 0]), res: 2 };
  const z = (lo[2] + hi[2]) / 2;
  return {
    dim: 3,
    positions: new Float32Array([lo[0], lo[1], z, hi[0], lo[1], z, lo[0], hi[1], z]),
    normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
    indices: new Uint32Array([0, 1, 2]),
  };
}

/**
 * Links the thumbnail shaders during start-up: as soon as a scene's data exist (before its first
 * boundary), one small off-page view like an epoch panel (MiniScene, with a stub boundary) is
 * drawn by the shared thumbnail renderer, then removed; keepShaderPrograms.ts keeps its programs. Without it the first panel
 * opened later (the epoch panels, a lecture step) waited for the shaders' link on the main thread
 * (0.2–1 s on software GL in Chrome traces of the bench's journey). Once per scene kind (2-D / 3-D).
 */
export function ThumbnailWarmup() {
  useEffect(() => {
    const done = new Set<number>();
    let id: number | null = null;
    let timer = 0;
    const finish = () => {
      clearTimeout(timer);
      if (id !== null) thumbnailRegistry.remove(id);
      id = null;
    };
    const tryWarm = () => {
      const dataset = useApp.getState().dataset;
      if (!dataset || (dataset.n !== 2 && dataset.n !== 3) || done.has(dataset.n) || id !== null) return;
      done.add(dataset.n);
      const boundary = stubBoundary(dataset);
      const target = document.createElement('canvas');
      Object.assign(target, { width: 48, height: 36 });
      id = thumbnailRegistry.add({
        target,
        orthographic: boundary.dim === 2,
        content: <MiniScene dataset={dataset} boundary={boundary} />,
      });
      const view = id;
      // Removed once drawn (the renderer clears `dirty` after the portal set it), or after WARMUP_MS.
      const started = performance.now();
      const check = () => {
        const v = thumbnailRegistry.get(view);
        if (!v || (!v.dirty && performance.now() - started > 500) || performance.now() - started > WARMUP_MS) finish();
        else timer = window.setTimeout(check, 250);
      };
      timer = window.setTimeout(check, 250);
    };
    const unsubscribe = useApp.subscribe((s, prev) => s.dataset !== prev.dataset && tryWarm());
    tryWarm();
    return () => {
      unsubscribe();
      finish();
    };
  }, []);
  return null;
}
