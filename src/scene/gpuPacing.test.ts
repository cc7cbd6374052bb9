import { describe, expect, it } from 'vitest';
import { keepsDrawingBuffer } from './gpuPacing';

// Sizes the main view took in the bench's journey (CSS px): 860×784 at start, 860×535 with the
// panels drawer, then the lecture at 1280×720: 566×442, 566×439, 566×435, 566×650.
describe('keepsDrawingBuffer', () => {
  it('keeps the start-up buffer through the drawer and every lecture step', () => {
    const start = { width: 860, height: 784 };
    for (const [width, height] of [
      [860, 535],
      [566, 442],
      [566, 439],
      [566, 435],
      [566, 650],
    ])
      expect(keepsDrawingBuffer({ width, height }, start)).toBe(true);
    expect(keepsDrawingBuffer({ width: 566, height: 439 }, { width: 566, height: 442 })).toBe(true);
  });
  it('reallocates when the view shrinks more than 2× or grows more than 1.15× along an axis', () => {
    expect(keepsDrawingBuffer({ width: 420, height: 784 }, { width: 860, height: 784 })).toBe(false);
    expect(keepsDrawingBuffer({ width: 566, height: 650 }, { width: 566, height: 442 })).toBe(false);
    expect(keepsDrawingBuffer({ width: 600, height: 442 }, { width: 566, height: 442 })).toBe(true);
    expect(keepsDrawingBuffer({ width: 660, height: 442 }, { width: 566, height: 442 })).toBe(false);
  });
});
