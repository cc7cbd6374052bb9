import { useEffect, useRef, useState } from 'react';
import { attackDrawn } from '../../store/imageLabActions';
import { imageRgba } from './imageColors';
import { useImageLab } from '../../store/imageLabStore';

/** On-screen size of the pad, px, at every image side. */
const PAD_PX = 168;

/** A pad at the data set's side (14 or 28) to paint a digit (soft brush; right button or shift erases), then attack it. */
export function DrawDigit() {
  const side = useImageLab((s) => s.info?.side ?? 14);
  const ref = useRef<HTMLCanvasElement>(null);
  const [pixels, setPixels] = useState(() => new Float32Array(side * side));
  const painting = useRef<0 | 1 | -1>(0);
  // A new data set with another side starts a clean pad.
  if (pixels.length !== side * side) setPixels(new Float32Array(side * side));
  // The brush covers the same share of the digit at every side.
  const brush = 0.6 * (side / 14) ** 2;

  useEffect(() => {
    const g = ref.current?.getContext('2d');
    if (!g || pixels.length !== side * side) return;
    const data = new ImageData(side, side);
    data.data.set(imageRgba(pixels));
    g.putImageData(data, 0, 0);
  }, [pixels, side]);

  const paint = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!painting.current) return;
    const r = e.currentTarget.getBoundingClientRect();
    const cx = ((e.clientX - r.left) / r.width) * side - 0.5;
    const cy = ((e.clientY - r.top) / r.height) * side - 0.5;
    const sign = painting.current;
    setPixels((old) => {
      if (old.length !== side * side) return old;
      const next = old.slice();
      for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
          const w = Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / brush);
          if (w > 0.05) next[y * side + x] = Math.min(1, Math.max(0, next[y * side + x] + sign * w));
        }
      }
      return next;
    });
  };

  return (
    <div className="draw-digit">
      <canvas
        ref={ref}
        width={side}
        height={side}
        className="image-canvas draw-canvas"
        style={{ width: PAD_PX, height: PAD_PX }}
        title="Paint a digit with the mouse (shift or right button erases), then press Attack drawing"
        data-testid="draw-canvas"
        onContextMenu={(e) => e.preventDefault()}
        onPointerDown={(e) => {
          painting.current = e.button === 2 || e.shiftKey ? -1 : 1;
          e.currentTarget.setPointerCapture(e.pointerId);
          paint(e);
        }}
        onPointerMove={paint}
        onPointerUp={() => (painting.current = 0)}
      />
      <div className="draw-buttons">
        <button onClick={() => attackDrawn(pixels)} title="Attack the digit you drew with the chosen attack">
          Attack drawing
        </button>
        <button onClick={() => setPixels(new Float32Array(side * side))} title="Clear the pad">
          Clear
        </button>
      </div>
    </div>
  );
}
