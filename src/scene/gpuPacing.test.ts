import { describe, expect, it } from 'vitest';
import { keepsDrawingBuffer } from './gpuPacing';

// Sizes the main view took in the bench's journey (CSS px): 860×784 at start, 860×535 with the
// panels drawer, then the lecture at 1280×720: 566×442, 566×439, 566×435, 566×650.
describe('keepsDrawingBuffer', () => {
  it('keeps the buffer for the lecture’s few-pixel changes and for the drawer', () => {
    expect(keepsDrawingBuffer({ width: 566, height: 439 }, { width: 566, height: 442 })).toBe(true);
    expect(keepsDrawingBuffer({ width: 566, height: 435 }, { width: 566, height: 442 })).toBe(true);
    expect(keepsDrawingBuffer({ width: 860, height: 535 }, { width: 860, height: 784 })).toBe(true);
  });
  it('reallocates when the view shrinks more than 1.5× or grows more than 1.15× along an axis', () => {
    expect(keepsDrawingBuffer({ width: 566, height: 442 }, { width: 860, height: 784 })).toBe(false);
    expect(keepsDrawingBuffer({ width: 566, height: 650 }, { width: 566, height: 442 })).toBe(false);
    expect(keepsDrawingBuffer({ width: 600, height: 442 }, { width: 566, height: 442 })).toBe(true);
    expect(keepsDrawingBuffer({ width: 660, height: 442 }, { width: 566, height: 442 })).toBe(false);
  });
});
