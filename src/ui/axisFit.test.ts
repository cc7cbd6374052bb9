import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import { fitVerticalAxes, verticalAxisSize } from './axisFit';

/** A stand-in for the parts of a live uPlot the size function reads: text 6 device px a character at ratio 2. */
function fakePlot(axis: Partial<uPlot.Axis>) {
  const ctx = { font: '', measureText: (t: string) => ({ width: 6 * t.length }) };
  return { ctx, axes: [{}, { font: ['20px system-ui', 20, 10], ticks: { show: true, size: 10 }, gap: 5, ...axis }] } as unknown as uPlot;
}

describe('vertical axis sizes from their tick labels', () => {
  it('adds tick, gap, widest label and title band, never below the declared size', () => {
    expect(verticalAxisSize(30, { tick: 10, gap: 5 }, 40)).toBe(47);
    expect(verticalAxisSize(10, { tick: 10, gap: 5 }, 40)).toBe(40);
    expect(verticalAxisSize(10.2, { tick: 0, gap: 5, title: 14 }, 0)).toBe(32);
  });

  it('sizes shown y axes to the widest label and leaves x and hidden axes alone', () => {
    const opts = fitVerticalAxes({
      series: [],
      axes: [{ size: 24 }, { size: 40 }, { show: false, size: 40 }, { side: 2, size: 20 }],
    });
    const [x, y, hidden, bottom] = opts.axes!;
    expect(x.size).toBe(24);
    expect(hidden.size).toBe(40);
    expect(bottom.size).toBe(20);
    const size = y.size as Exclude<uPlot.Axis.Size, number>;
    // "-0.4732" is 7 characters: 42 device px = 21 CSS px at ratio 2; 10 + 5 + 21 + 2 = 38 < 40.
    expect(size(fakePlot({}), ['-0.4732', '0'], 1, 0)).toBe(40);
    // Eleven characters: 33 CSS px; 10 + 5 + 33 + 2 = 50.
    expect(size(fakePlot({}), ['-0.47320001', '0'], 1, 0)).toBe(50);
    // Without ticks the labels sit closer; an axis title adds its band.
    expect(size(fakePlot({ ticks: { show: false, size: 10 } as uPlot.Axis.Ticks }), ['-0.47320001'], 1, 0)).toBe(40);
    expect(size(fakePlot({ label: 'D', labelSize: 14 } as Partial<uPlot.Axis>), ['-0.47320001'], 1, 0)).toBe(64);
  });
});
