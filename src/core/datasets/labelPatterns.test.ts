import { describe, expect, it } from 'vitest';
import { cellIndex, labelPoint, SPIRAL, spiralLabel } from './labelPatterns';
import { createSphere3d } from './sphere3d';

describe('cellIndex', () => {
  it('gives grid point i of an m-grid its own cell, robust to rounding', () => {
    for (let i = 0; i < 5; i++) expect(cellIndex(i / 4, 5, false)).toBe(i);
    expect(cellIndex(0.30000000000000004 - 0.05, 5, false)).toBe(1);
    expect(cellIndex(-0.3, 5, false)).toBe(0);
    expect(cellIndex(1.4, 5, false)).toBe(4);
  });
  it('wraps periodic coordinates into equal cells', () => {
    expect(cellIndex(0.1, 4, true)).toBe(0);
    expect(cellIndex(0.99, 4, true)).toBe(3);
    expect(cellIndex(1.1, 4, true)).toBe(0);
  });
});

describe('spiralLabel', () => {
  it('labels points on each arm with that arm', () => {
    for (const t of [0.1, 0.4, 0.75, 0.95])
      for (const cls of [0, 1]) {
        const r = SPIRAL.r0 + (SPIRAL.r1 - SPIRAL.r0) * t;
        const th = 2 * Math.PI * SPIRAL.turns * t + Math.PI * cls;
        expect(spiralLabel([0.5 + r * Math.cos(th), 0.5 + r * Math.sin(th)])).toBe(cls);
      }
  });
});

describe('labelPoint on the sphere', () => {
  const { chart } = createSphere3d();
  it('alternating = azimuth sectors, stripes = latitude bands', () => {
    const east = chart.toPoint([0.1, 0.2]);
    const north = chart.toPoint([0.3, 0.1]);
    expect(labelPoint('alternating', east, chart, 4)).toBe(0);
    expect(labelPoint('alternating', north, chart, 4)).toBe(1);
    expect(labelPoint('stripes', north, chart, 4)).toBe(0);
    expect(labelPoint('stripes', chart.toPoint([0.3, 0.4]), chart, 4)).toBe(1);
  });
  it('blobs: the antipodal centres get their own class', () => {
    expect(labelPoint('blobs', chart.toPoint([0.25, 0.25]), chart, 4)).toBe(0);
    expect(labelPoint('blobs', chart.toPoint([0.75, 0.75]), chart, 4)).toBe(1);
  });
});
