/** Worker events of the image lab (engineBridge forwards them here; kept tiny for the main bundle). */
import type { ImageEvent } from '../../engine/imageTypes';
import { patchAb, useImageLab } from './imageLabStore';

export function onImageEvent(e: ImageEvent): void {
  if (e.type === 'image-status') {
    useImageLab.setState({ status: e.state, message: e.message, ...(e.info ? { info: e.info } : {}) });
  } else {
    const ab = useImageLab.getState().ab;
    // Progress travels apart from the call's reply: drop late events of a finished or older run.
    if (!ab.running || e.runId !== ab.runId) return;
    patchAb({ done: e.done, total: e.total, rows: [...ab.rows, e.row] });
  }
}
