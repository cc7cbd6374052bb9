import type { ReactNode } from 'react';

/**
 * The read-only boundary views (epoch panels, ablation, Claims) that one shared WebGL renderer
 * draws (ThumbnailRenderer.tsx). Each view is a 2-D canvas on the page plus the r3f content to
 * draw into it; the renderer paints a view when it is `dirty` and copies the pixels over.
 * Why shared: on software GL every WebGL context costs ~100–300 ms of main-thread time to
 * create, size and compile shaders for, and as much again to lose (bench: journey).
 */
export interface ThumbnailView {
  readonly id: number;
  /** The page's 2-D canvas the view is copied into; its width/height are the view's pixels. */
  target: HTMLCanvasElement;
  /** Orthographic top view (2-D scenes) or perspective (3-D). */
  orthographic: boolean;
  content: ReactNode;
  /** Bumped on every change of content or size; the portal marks the view dirty on it. */
  version: number;
  /** Set by the view's portal once its content is committed; cleared when drawn. */
  dirty: boolean;
}

const views = new Map<number, ThumbnailView>();
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot: ThumbnailView[] = [];

function changed(): void {
  snapshot = [...views.values()];
  listeners.forEach((f) => f());
}

export const thumbnailRegistry = {
  /** Registers a view; returns its id. */
  add(view: Omit<ThumbnailView, 'id' | 'version' | 'dirty'>): number {
    const id = nextId++;
    views.set(id, { ...view, id, version: 0, dirty: false });
    changed();
    return id;
  },
  /** New content or target size (set the target's width/height first): the view is drawn again. */
  update(id: number, patch: Partial<Pick<ThumbnailView, 'content' | 'orthographic'>>): void {
    const v = views.get(id);
    if (!v) return;
    Object.assign(v, patch);
    v.version++;
    changed();
  },
  remove(id: number): void {
    if (views.delete(id)) changed();
  },
  get(id: number): ThumbnailView | undefined {
    return views.get(id);
  },
  /** All views in registration order (a new array after every change, for useSyncExternalStore). */
  list(): ThumbnailView[] {
    return snapshot;
  },
  subscribe(f: () => void): () => void {
    listeners.add(f);
    return () => listeners.delete(f);
  },
};
