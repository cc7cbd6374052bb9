import { useCallback, useRef } from 'react';
import { live } from '../store/liveData';
import { useApp } from '../store/appStore';
import { CLASS_COLORS } from '../scene/colormap';
import { useLiveFrame } from './useLiveFrame';

/** Dimple depths D_i: one bar per training point, signed (below zero = misclassified). */
export function DimpleBars() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dataset = useApp((s) => s.dataset);
  const draw = useCallback(() => {
    const c = canvas.current;
    const m = live.dimples;
    if (!c || !dataset) return;
    const w = (c.width = c.clientWidth * devicePixelRatio);
    const h = (c.height = 110 * devicePixelRatio);
    const g = c.getContext('2d')!;
    g.clearRect(0, 0, w, h);
    if (!m || m.dimples.length !== dataset.count) return;
    const d = m.dimples;
    let cap = 0.05;
    for (let i = 0; i < d.length; i++) cap = Math.max(cap, Math.abs(d[i]));
    const zero = h * 0.75;
    const bw = w / d.length;
    for (let i = 0; i < d.length; i++) {
      const v = d[i];
      const len = (Math.abs(v) / cap) * (v >= 0 ? zero - 4 : h - zero - 2);
      g.fillStyle = CLASS_COLORS[dataset.labels[i] % CLASS_COLORS.length];
      g.fillRect(i * bw + bw * 0.1, v >= 0 ? zero - len : zero, Math.max(1, bw * 0.8), len);
    }
    g.fillStyle = '#333';
    g.fillRect(0, zero, w, 1);
    g.font = `${10 * devicePixelRatio}px system-ui`;
    g.fillText(`max ${cap.toFixed(3)}`, 4, 12 * devicePixelRatio);
    c.dataset.epoch = String(m.epoch);
  }, [dataset]);
  useLiveFrame(draw);
  return (
    <figure className="chart" title="Dimple depth D_i: signed normal distance from each training point to the boundary (SCIENCE §6). Positive = correct side. Small positive values mean the boundary hugs the points." data-testid="dimple-chart">
      <figcaption>Dimple depths D_i (per point)</figcaption>
      <canvas ref={canvas} className="dimple-canvas" />
    </figure>
  );
}
