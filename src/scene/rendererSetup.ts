import type { RootState } from '@react-three/fiber';
import { keepShaderPrograms } from './keepShaderPrograms';
import { paceToGpu } from './gpuPacing';

/**
 * A Canvas's onCreated for every WebGL view: keeps linked shader programs (keepShaderPrograms.ts)
 * and paces frames and drawing-buffer reallocations to the GPU (gpuPacing.ts), so that the main
 * thread rarely has to wait for the GPU process.
 */
export function setUpRenderer(state: RootState): void {
  keepShaderPrograms(state.gl);
  paceToGpu(state);
}

/** The same for the hidden buffer that thumbnails are copied out of: its resizes stay immediate. */
export function setUpThumbnailRenderer(state: RootState): void {
  keepShaderPrograms(state.gl);
  paceToGpu(state, { scaleToSize: false });
}
