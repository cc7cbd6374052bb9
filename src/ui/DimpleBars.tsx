import { useCallback, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { live } from '../store/liveData';
import { useApp } from '../store/appStore';
import { CLASS_COLORS } from '../scene/colormap';
import { useLiveFrame } from './useLiveFrame';
import { AXIS_STYLE, HALF_SLOT, barSeries, horizontalRule, usePlot, type PlotOptions } from './usePlot';

const EMPTY = [[], ...CLASS_COLORS.map(() => [])] as uPlot.AlignedData;

/** Dimple depths D_i: one bar per training point, signed (below zero = misclassified), by uPlot. */
export function DimpleBars() {
  const dataset = useApp((s) => s.dataset);
  const figure = useRef<HTMLElement>(null);
  const shown = useRef({ epoch: -1, dataset: null as unknown });
  const options = useMemo<PlotOptions>(
    () => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: HALF_SLOT },
        y: { range: (_u, lo, hi) => [Math.min(lo ?? 0, -0.01) * 1.05, Math.max(hi ?? 0, 0.05) * 1.05] },
      },
      axes: [{ show: false }, { ...AXIS_STYLE, size: 40, ticks: { show: false } }],
      series: [{}, ...CLASS_COLORS.map((color, c) => barSeries(`class ${c}`, color, 0.8))],
      hooks: { draw: [(u) => horizontalRule(u, 0, '#333')] },
    }),
    [],
  );
  const { host, plot } = usePlot(options, EMPTY, 100);
  const draw = useCallback(() => {
    const m = live.dimples;
    const p = plot.current;
    if (!p) return;
    if (!dataset || !m || m.dimples.length !== dataset.count) {
      // No depths for these points yet (a new scene): show none rather than the old scene's.
      if (shown.current.epoch !== -1) p.setData(EMPTY);
      shown.current = { epoch: -1, dataset: null };
      return;
    }
    if (shown.current.epoch === m.epoch && shown.current.dataset === dataset) return;
    shown.current = { epoch: m.epoch, dataset };
    const index = Array.from(m.dimples, (_, i) => i);
    // One series per class, so each bar takes its point's class colour.
    const byClass = CLASS_COLORS.map((_, c) => Array.from(m.dimples, (d, i) => (dataset.labels[i] % CLASS_COLORS.length === c ? d : null)));
    p.setData([index, ...byClass] as uPlot.AlignedData);
    if (figure.current) figure.current.dataset.epoch = String(m.epoch);
  }, [dataset, plot]);
  useLiveFrame(draw);
  return (
    <figure
      ref={figure}
      className="chart"
      title="Dimple depth D_i: signed normal distance from each training point to the boundary (docs/science.md §6). Positive = correct side. Small positive values mean the boundary hugs the points."
      data-testid="dimple-chart"
    >
      <figcaption>Dimple depths D_i (per point)</figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
