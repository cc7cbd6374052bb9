import { useEffect } from 'react';
import { useApp } from '../store/appStore';
import { live, sceneChangeListeners } from '../store/liveData';
import { MiniScene } from './MiniScene';
import { thumbnailRegistry } from './thumbnailRegistry';

/** How long the warm-up view may stay registered (ms): enough to compile and draw it once. */
const WARMUP_MS = 8000;

/**
 * Links the thumbnail shaders during start-up: once the first boundary of a scene has arrived,
 * one small off-page view of it (the epoch panels' MiniScene) is drawn by the shared thumbnail
 * renderer, then removed; keepShaderPrograms.ts keeps its programs. Without it the first panel
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
      const boundary = live.boundary?.boundary;
      if (!dataset || !boundary || boundary.dim !== dataset.n || done.has(dataset.n) || id !== null) return;
      done.add(dataset.n);
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
    sceneChangeListeners.add(tryWarm);
    tryWarm();
    return () => {
      sceneChangeListeners.delete(tryWarm);
      finish();
    };
  }, []);
  return null;
}
