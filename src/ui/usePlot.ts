import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fitVerticalAxes } from './axisFit';

/** The options of a plot without its size: usePlot sizes it to its host's width. */
export type PlotOptions = Omit<uPlot.Options, 'width' | 'height'>;

/**
 * A uPlot chart in a host div, as wide as the host and `height` CSS pixels tall, resized with
 * it. It is rebuilt when `options` or `data` change identity (memoise them); live charts keep
 * both fixed and push new data through `plot.current.setData`.
 */
export function usePlot(options: PlotOptions, data: uPlot.AlignedData, height: number) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = () => el.clientWidth || 260;
    const p = new uPlot({ ...fitVerticalAxes(options), width: width(), height }, data, el);
    plot.current = p;
    const ro = new ResizeObserver(() => p.setSize({ width: width(), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      p.destroy();
      plot.current = null;
    };
  }, [options, data, height]);
  return { host, plot };
}

/** The charts' axis style. */
export const AXIS_STYLE = { font: '10px system-ui', stroke: '#555' } as const;

/** Tick steps of an epoch axis: whole epochs only (1, 2, 5, 10, 20, 50, …), so no tick reads 0.5. */
export const EPOCH_INCRS: number[] = Array.from({ length: 7 }, (_, p) => [1, 2, 5].map((m) => m * 10 ** p)).flat();

/** An x axis counting epochs: integer ticks, labelled as integers (uPlot `incrs` + `values`). */
export const EPOCH_AXIS: uPlot.Axis = {
  ...AXIS_STYLE,
  incrs: EPOCH_INCRS,
  values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
};

/** x range of a bar chart over indices 0..N−1: half a slot beyond each end so no bar is cut. */
export const HALF_SLOT: uPlot.Range.Function = (_u, lo, hi) => [(lo ?? 0) - 0.5, (hi ?? 0) + 0.5];

/** A bar series of signed values (null: no bar), `size` the share of an x slot it fills. */
export function barSeries(label: string, color: string, size: number, align: -1 | 0 | 1 = 0): uPlot.Series {
  return { label, fill: color, stroke: color, paths: uPlot.paths.bars!({ size: [size, 40], align }), points: { show: false } };
}

/** A horizontal line across the plot at value y (solid, or dashed with `dash` in CSS px). */
export function horizontalRule(u: uPlot, y: number, color: string, dash?: [number, number]): void {
  const g = u.ctx;
  const py = Math.round(u.valToPos(y, 'y', true));
  g.save();
  g.strokeStyle = color;
  g.lineWidth = (dash ? 1.5 : 1) * devicePixelRatio;
  if (dash) g.setLineDash(dash.map((d) => d * devicePixelRatio));
  g.beginPath();
  g.moveTo(u.bbox.left, py);
  g.lineTo(u.bbox.left + u.bbox.width, py);
  g.stroke();
  g.restore();
}
