import { useEffect, useRef } from 'react';
import { imageRgba } from './imageColors';

/**
 * One side x side image drawn with crisp (nearest-neighbour) pixels. `scale` > 0 draws a signed
 * perturbation with the diverging map, ±scale at full colour.
 */
export function ImageCanvas({
  pixels,
  side,
  size,
  scale = 0,
  title,
  testId,
}: {
  pixels: ArrayLike<number>;
  side: number;
  size: number;
  scale?: number;
  title?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    c.width = side;
    c.height = side;
    const g = c.getContext('2d');
    if (!g) return;
    const data = new ImageData(side, side);
    data.data.set(imageRgba(pixels, scale));
    g.putImageData(data, 0, 0);
  }, [pixels, side, scale]);
  return <canvas ref={ref} className="image-canvas" style={{ width: size, height: size }} title={title} data-testid={testId} />;
}
