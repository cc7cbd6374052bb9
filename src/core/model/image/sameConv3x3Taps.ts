/**
 * The taps of a 3x3 'same' convolution (stride 1, zero padding) on an H×W grid, row-major:
 * output pixel p = i·W + j reads input pixel `pixel[t]` = (i+kh-1)·W + (j+kw-1) through kernel
 * tap `tap[t]` = kh·3 + kw, for t in [start[p], start[p+1]). Taps that fall outside the grid
 * (the zero padding) are left out; within a pixel they come in kh-then-kw order, the order of
 * a [3, 3, cin, cout] kernel's rows. The plain-JS CNN (forward and input gradient) and the
 * wasm/cpu im2col kernel walk this one table, so the padding rule is written once.
 */
export interface SameConv3x3Taps {
  /** Length H·W + 1: output pixel p's taps are [start[p], start[p + 1]). */
  readonly start: Int32Array;
  /** Input pixel index of each tap. */
  readonly pixel: Int32Array;
  /** Kernel tap index kh·3 + kw (0..8) of each tap. */
  readonly tap: Int32Array;
}

const cache = new Map<string, SameConv3x3Taps>();

/** The tap table of an H×W grid (built once per size; ~(3H−2)(3W−2) taps). */
export function sameConv3x3Taps(H: number, W: number): SameConv3x3Taps {
  const key = `${H}x${W}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const start = new Int32Array(H * W + 1);
  const pixel: number[] = [];
  const tap: number[] = [];
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      start[i * W + j] = pixel.length;
      for (let kh = 0; kh < 3; kh++) {
        const y = i + kh - 1;
        if (y < 0 || y >= H) continue;
        for (let kw = 0; kw < 3; kw++) {
          const x = j + kw - 1;
          if (x < 0 || x >= W) continue;
          pixel.push(y * W + x);
          tap.push(kh * 3 + kw);
        }
      }
    }
  }
  start[H * W] = pixel.length;
  const taps = { start, pixel: Int32Array.from(pixel), tap: Int32Array.from(tap) };
  cache.set(key, taps);
  return taps;
}
