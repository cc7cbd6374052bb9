import { useCallback, useMemo, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { metricsOnView } from '../store/liveData';
import { useApp } from '../store/appStore';
import { CLASS_COLORS } from '../scene/colormap';
import { useLiveFrame } from './useLiveFrame';
import { AXIS_STYLE, HALF_SLOT, barSeries, horizontalRule, usePlot, type PlotOptions } from './usePlot';

const EMPTY = [[], ...CLASS_COLORS.map(() => [])] as uPlot.AlignedData;

/**
 * A ▲ (▼ below zero) at the end of each bar that sits at the cap: no boundary crossing was found
 * within the cap along the point's normal, so the true depth is at least that (docs/science.md §6).
 */
function markCapped(u: uPlot, capped: { index: number; value: number }[]): void {
  const g = u.ctx;
  const s = 5 * devicePixelRatio;
  g.save();
  g.fillStyle = '#111';
  for (const { index, value } of capped) {
    const x = u.valToPos(index, 'x', true);
    const y = u.valToPos(value, 'y', true);
    const dir = value > 0 ? -1 : 1; // ▲ above a positive bar, ▼ below a negative one
    g.beginPath();
    g.moveTo(x - s, y);
    g.lineTo(x + s, y);
    g.lineTo(x, y + dir * 1.6 * s);
    g.closePath();
    g.fill();
  }
  g.restore();
}

/** Dimple depths D_i: one bar per training point, signed (below zero = misclassified), by uPlot. */
export function DimpleBars() {
  const dataset = useApp((s) => s.dataset);
  // Follows the timeline like the boundary: a scrubbed snapshot's depths, the live run's otherwise.
  const viewing = useApp((s) => s.viewingEpoch);
  const figure = useRef<HTMLElement>(null);
  const shown = useRef({ metrics: null as unknown, dataset: null as unknown });
  const capped = useRef<{ index: number; value: number }[]>([]);
  const [cappedCount, setCappedCount] = useState(0);
  const options = useMemo<PlotOptions>(
    () => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: HALF_SLOT },
        // Headroom for the cap markers.
        y: { range: (_u, lo, hi) => [Math.min(lo ?? 0, -0.01) * 1.15, Math.max(hi ?? 0, 0.05) * 1.15] },
      },
      axes: [{ show: false }, { ...AXIS_STYLE, size: 40, ticks: { show: false } }],
      series: [{}, ...CLASS_COLORS.map((color, c) => barSeries(`class ${c}`, color, 0.8))],
      hooks: { draw: [(u) => horizontalRule(u, 0, '#333'), (u) => markCapped(u, capped.current)] },
    }),
    [],
  );
  const { host, plot } = usePlot(options, EMPTY, 100);
  const draw = useCallback(() => {
    const m = metricsOnView(viewing);
    const p = plot.current;
    if (!p) return;
    if (!dataset || !m || m.dimples.length !== dataset.count) {
      // No depths for these points yet (a new scene, a snapshot still on its way): show none rather than others.
      capped.current = [];
      setCappedCount(0);
      if (shown.current.metrics !== null) p.setData(EMPTY);
      shown.current = { metrics: null, dataset: null };
      if (figure.current) figure.current.dataset.epoch = '';
      return;
    }
    if (shown.current.metrics === m && shown.current.dataset === dataset) return;
    shown.current = { metrics: m, dataset };
    const index = Array.from(m.dimples, (_, i) => i);
    // Depths are found up to the cap (float32: compare with a small tolerance).
    const cap = dataset.manifold.normalCap;
    capped.current = index.filter((i) => Math.abs(m.dimples[i]) >= cap * (1 - 1e-4)).map((i) => ({ index: i, value: m.dimples[i] }));
    setCappedCount(capped.current.length);
    // One series per class, so each bar takes its point's class colour.
    const byClass = CLASS_COLORS.map((_, c) => Array.from(m.dimples, (d, i) => (dataset.labels[i] % CLASS_COLORS.length === c ? d : null)));
    p.setData([index, ...byClass] as uPlot.AlignedData);
    if (figure.current) {
      figure.current.dataset.epoch = String(m.epoch);
      figure.current.dataset.source = m.source;
      figure.current.dataset.capped = String(capped.current.length);
      figure.current.dataset.depths = Array.from(m.dimples, (d) => d.toFixed(4)).join(',');
    }
  }, [dataset, plot, viewing]);
  useLiveFrame(draw);
  return (
    <figure
      ref={figure}
      className="chart"
      title="Dimple depth D_i: signed normal distance from each training point to the boundary (docs/science.md §6). Positive = correct side. Small positive values mean the boundary hugs the points."
      data-testid="dimple-chart"
    >
      <figcaption>
        Dimple depths D_i (per point){viewing !== null && <span data-testid="dimple-snapshot"> · epoch {viewing} (snapshot)</span>}
        {cappedCount > 0 && dataset && (
          <span className="capped-note" data-testid="dimple-capped-note">
            {' '}
            · ▲ {cappedCount} at the cap {dataset.manifold.normalCap}: no crossing within it
          </span>
        )}
      </figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
