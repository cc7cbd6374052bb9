/**
 * Draws a digit slice (engine/imageTraining/trainingTypes.ts DigitSlice) on a 2-D canvas:
 * the decision regions (x's predicted class in blue, every other class in orange, paler near
 * the boundary), the margin-0 curve, the attack paths from x and axes in L2 units of pixel
 * space. Pure drawing: the same function serves the big view and the epoch panels.
 */
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';

export const PATH_COLORS = { free: '#6a3d9a', on: '#1b7837', off: '#d95f02' } as const;
export const REGION_COLORS = { own: [49, 130, 189], other: [240, 140, 40] } as const;

export interface SliceLayout {
  /** Plot rectangle inside the canvas, CSS pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export function sliceLayout(width: number, height: number, axes: boolean): SliceLayout {
  const left = axes ? 44 : 2,
    bottom = axes ? 34 : 2,
    top = axes ? 8 : 2,
    right = axes ? 10 : 2;
  const side = Math.max(10, Math.min(width - left - right, height - top - bottom));
  return { x: left, y: top, w: side, h: side };
}

/** Canvas position of plane coordinates (a, b); b grows upwards. */
export function toCanvas(l: SliceLayout, s: DigitSlice, a: number, b: number): [number, number] {
  return [l.x + ((a + s.extent) / (2 * s.extent)) * l.w, l.y + ((s.extent - b) / (2 * s.extent)) * l.h];
}

export function fromCanvas(l: SliceLayout, s: DigitSlice, px: number, py: number): [number, number] | null {
  const a = ((px - l.x) / l.w) * 2 * s.extent - s.extent,
    b = s.extent - ((py - l.y) / l.h) * 2 * s.extent;
  return Math.abs(a) <= s.extent && Math.abs(b) <= s.extent ? [a, b] : null;
}

function regionImage(s: DigitSlice): ImageData {
  const { res } = s;
  const img = new ImageData(res, res);
  let scale = 0;
  for (const m of s.margins) scale = Math.max(scale, Math.abs(m));
  scale = Math.max(scale, 1e-6);
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      const v = i + res * j;
      const own = s.classes[v] === s.cls;
      const c = own ? REGION_COLORS.own : REGION_COLORS.other;
      // Saturation grows with |margin| (square root: the boundary's neighbourhood stays readable).
      const t = 0.25 + 0.6 * Math.sqrt(Math.min(1, Math.abs(s.margins[v]) / scale));
      const o = 4 * (i + res * (res - 1 - j)); // row 0 of the image is the top (largest b)
      img.data[o] = Math.round(255 - t * (255 - c[0]));
      img.data[o + 1] = Math.round(255 - t * (255 - c[1]));
      img.data[o + 2] = Math.round(255 - t * (255 - c[2]));
      img.data[o + 3] = 255;
    }
  }
  return img;
}

function niceStep(extent: number): number {
  const raw = extent / 2;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw * 0.6) ?? raw;
}

export interface DrawOptions {
  axes: boolean;
  paths: boolean;
  /** Device pixel ratio of the canvas backing store. */
  dpr: number;
}

export function drawDigitSlice(canvas: HTMLCanvasElement, s: DigitSlice, o: DrawOptions): SliceLayout {
  const width = canvas.width / o.dpr,
    height = canvas.height / o.dpr;
  const g = canvas.getContext('2d');
  const l = sliceLayout(width, height, o.axes);
  if (!g) return l;
  g.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  g.clearRect(0, 0, width, height);
  const tmp = document.createElement('canvas');
  tmp.width = s.res;
  tmp.height = s.res;
  tmp.getContext('2d')?.putImageData(regionImage(s), 0, 0);
  g.imageSmoothingEnabled = true;
  // Vertex centres sit on the plot's edges: stretch the res x res image by half a cell each side.
  const cell = l.w / (s.res - 1);
  g.save();
  g.beginPath();
  g.rect(l.x, l.y, l.w, l.h);
  g.clip();
  g.drawImage(tmp, l.x - cell / 2, l.y - cell / 2, l.w + cell, l.h + cell);
  g.strokeStyle = '#111';
  g.lineWidth = o.axes ? 2 : 1.5;
  g.beginPath();
  for (let q = 0; q + 3 < s.segments.length; q += 4) {
    const [x0, y0] = toCanvas(l, s, s.segments[q], s.segments[q + 1]);
    const [x1, y1] = toCanvas(l, s, s.segments[q + 2], s.segments[q + 3]);
    g.moveTo(x0, y0);
    g.lineTo(x1, y1);
  }
  g.stroke();
  if (o.paths) {
    for (const mode of ['on', 'off', 'free'] as const) {
      const p = s.paths[mode];
      if (p.length < 4) continue;
      g.strokeStyle = PATH_COLORS[mode];
      g.lineWidth = o.axes ? 2.2 : 1.5;
      g.setLineDash(mode === 'free' ? [] : [5, 3]);
      g.beginPath();
      for (let t = 0; t < p.length; t += 2) {
        const [x, y] = toCanvas(l, s, p[t], p[t + 1]);
        if (t === 0) g.moveTo(x, y);
        else g.lineTo(x, y);
      }
      g.stroke();
      g.setLineDash([]);
      const [ex, ey] = toCanvas(l, s, p[p.length - 2], p[p.length - 1]);
      g.fillStyle = PATH_COLORS[mode];
      g.beginPath();
      g.arc(ex, ey, o.axes ? 4 : 2.5, 0, 2 * Math.PI);
      g.fill();
    }
  }
  const [cx, cy] = toCanvas(l, s, 0, 0);
  g.fillStyle = '#fff';
  g.strokeStyle = '#111';
  g.lineWidth = 1.5;
  g.beginPath();
  g.arc(cx, cy, o.axes ? 5 : 3, 0, 2 * Math.PI);
  g.fill();
  g.stroke();
  g.restore();
  g.strokeStyle = '#888';
  g.lineWidth = 1;
  g.strokeRect(l.x, l.y, l.w, l.h);
  if (o.axes) drawAxes(g, l, s);
  return l;
}

function drawAxes(g: CanvasRenderingContext2D, l: SliceLayout, s: DigitSlice): void {
  const step = niceStep(s.extent);
  g.fillStyle = '#333';
  g.font = '11px system-ui, sans-serif';
  g.strokeStyle = '#888';
  for (let v = -Math.floor(s.extent / step) * step; v <= s.extent + 1e-9; v += step) {
    const [x] = toCanvas(l, s, v, 0);
    const [, y] = toCanvas(l, s, 0, v);
    const label = Math.abs(v) < 1e-9 ? '0' : String(Number(v.toFixed(2)));
    g.textAlign = 'center';
    g.textBaseline = 'top';
    g.fillText(label, x, l.y + l.h + 4);
    g.beginPath();
    g.moveTo(x, l.y + l.h);
    g.lineTo(x, l.y + l.h + 3);
    g.stroke();
    g.textAlign = 'right';
    g.textBaseline = 'middle';
    g.fillText(label, l.x - 5, y);
    g.beginPath();
    g.moveTo(l.x - 3, y);
    g.lineTo(l.x, y);
    g.stroke();
  }
  g.textAlign = 'center';
  g.textBaseline = 'bottom';
  g.fillText('a: tangent u (L2, pixel units)', l.x + l.w / 2, l.y + l.h + 32);
  g.save();
  g.translate(12, l.y + l.h / 2);
  g.rotate(-Math.PI / 2);
  g.textBaseline = 'middle';
  g.fillText('b: off-manifold v (L2)', 0, 0);
  g.restore();
}
