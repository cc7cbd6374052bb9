import { describe, expect, it } from 'vitest';
import { sameConv3x3Taps } from './sameConv3x3Taps';

describe("3x3 'same' conv tap table", () => {
  it('lists exactly the in-grid neighbours of every pixel, kh then kw, on a non-square grid', () => {
    const H = 3;
    const W = 5;
    const { start, pixel, tap } = sameConv3x3Taps(H, W);
    expect(start.length).toBe(H * W + 1);
    expect(start[H * W]).toBe((3 * H - 2) * (3 * W - 2));
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        const want: [number, number][] = [];
        for (let kh = 0; kh < 3; kh++)
          for (let kw = 0; kw < 3; kw++) {
            const y = i + kh - 1;
            const x = j + kw - 1;
            if (y >= 0 && y < H && x >= 0 && x < W) want.push([y * W + x, kh * 3 + kw]);
          }
        const p = i * W + j;
        const got = Array.from({ length: start[p + 1] - start[p] }, (_, t) => [pixel[start[p] + t], tap[start[p] + t]]);
        expect(got).toEqual(want);
      }
    }
  });

  it('corners keep 4 taps, edges 6, the interior 9; a size is built once', () => {
    const t = sameConv3x3Taps(4, 4);
    const count = (p: number) => t.start[p + 1] - t.start[p];
    expect([count(0), count(1), count(5)]).toEqual([4, 6, 9]);
    expect(sameConv3x3Taps(4, 4)).toBe(t);
  });
});
