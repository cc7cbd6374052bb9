import { useEffect, useRef, useState } from 'react';
import { attackDrawn } from '../../store/imageLabActions';
import { imageRgba } from './imageColors';

const SIDE = 14;
const CELL = 12;

/** A 14x14 pad to paint a digit (soft brush; right button or shift erases), then attack it. */
export function DrawDigit() {
  const ref = useRef<HTMLCanvasElement>(null);
  const [pixels, setPixels] = useState(() => new Float32Array(SIDE * SIDE));
  const painting = useRef<0 | 1 | -1>(0);

  useEffect(() => {
    const g = ref.current?.getContext('2d');
    if (!g) return;
    const data = new ImageData(SIDE, SIDE);
    data.data.set(imageRgba(pixels));
    g.putImageData(data, 0, 0);
  }, [pixels]);

  const paint = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!painting.current) return;
    const r = e.currentTarget.getBoundingClientRect();
    const cx = ((e.clientX - r.left) / r.width) * SIDE - 0.5;
    const cy = ((e.clientY - r.top) / r.height) * SIDE - 0.5;
    const sign = painting.current;
    setPixels((old) => {
      const next = old.slice();
      for (let y = 0; y < SIDE; y++) {
        for (let x = 0; x < SIDE; x++) {
          const w = Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / 0.6);
          if (w > 0.05) next[y * SIDE + x] = Math.min(1, Math.max(0, next[y * SIDE + x] + sign * w));
        }
      }
      return next;
    });
  };

  return (
    <div className="draw-digit">
      <canvas
        ref={ref}
        width={SIDE}
        height={SIDE}
        className="image-canvas draw-canvas"
        style={{ width: SIDE * CELL, height: SIDE * CELL }}
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
        <button onClick={() => attackDrawn(pixels)} title="Attack the digit you drew with the chosen attack">Attack drawing</button>
        <button onClick={() => setPixels(new Float32Array(SIDE * SIDE))} title="Clear the pad">Clear</button>
      </div>
    </div>
  );
}
