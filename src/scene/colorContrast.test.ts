import { describe, expect, it } from 'vitest';
import { ATTACK_COLORS, NORMAL_COLOR, TANGENT_COLOR } from '../store/attackColors';
import { CLASS_COLORS } from './colormap';

/** sRGB hex -> CIE L*a*b* (D65), the usual conversion. */
function lab(hex: string): [number, number, number] {
  const rgb = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
  const y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  const z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

describe('path and arrow colours are told apart', () => {
  it('every attack path, both δ arrows, both class colours and the background differ by ΔE ≥ 25', () => {
    const named: [string, string][] = [
      ...Object.entries(ATTACK_COLORS),
      ['tangent arrow', TANGENT_COLOR],
      ['normal arrow', NORMAL_COLOR],
      ['class 0', CLASS_COLORS[0]],
      ['class 1', CLASS_COLORS[1]],
      ['background', '#f4f5f7'],
    ];
    const close: string[] = [];
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++)
        if (deltaE(named[i][1], named[j][1]) < 25)
          close.push(`${named[i][0]} ~ ${named[j][0]} (ΔE ${deltaE(named[i][1], named[j][1]).toFixed(1)})`);
    expect(close).toEqual([]);
    expect(deltaE('#1e8e3e', '#0b8043')).toBeLessThan(25); // the old on-manifold / exact-manifold greens, which this test catches
  });
});
