import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { useLiveFrame } from './useLiveFrame';
import { AXIS_STYLE, EPOCH_AXIS, usePlot, type PlotOptions } from './usePlot';

export interface LineChartProps {
  title: string;
  help: string;
  /** Reads the current series from live data: [x, y1, y2, ...]. */
  read: () => number[][];
  /** `dash`: a stroke dash pattern in CSS pixels (e.g. a null line beside the measured one). */
  series: { label: string; color: string; dash?: number[] }[];
  yRange?: [number, number];
  /** Mark the data points where they are sparse enough (epoch-level charts, where one point must show). */
  points?: boolean;
  logY?: boolean;
  testId: string;
  /** Data whose `version` says when to redraw (default: the toys' live data). */
  source?: { readonly version: number };
  /** Said over the plot while it has no point, so a blank chart tells why (default: "No data yet."). */
  empty?: string;
}

/** Whether [x, y1, ...] has an x with at least one finite y (a chart with something to draw). */
export function hasPoints(data: ArrayLike<number | null | undefined>[]): boolean {
  const [xs, ...ys] = data;
  if (!xs || xs.length === 0) return false;
  return ys.some((y) => Array.from(y).some((v) => typeof v === 'number' && Number.isFinite(v)));
}

/** A small live chart (uPlot) redrawn at most ~10 times a second from live data. */
export function LineChart({ title, help, read, series, yRange, logY, testId, source, points, empty }: LineChartProps) {
  const last = useRef(0);
  // The chart is built once; data flows in through setData.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo(() => read() as uPlot.AlignedData, []);
  const options = useMemo<PlotOptions>(
    () => ({
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: yRange ? { range: yRange } : logY ? { distr: 3 } : {} },
      axes: [
        { ...EPOCH_AXIS, size: 24 },
        { ...AXIS_STYLE, size: 40 },
      ],
      // Without `show`, uPlot marks the points while they are sparse (a single point included).
      series: [
        { label: 'epoch' },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 1.5,
          dash: s.dash,
          points: points ? { size: 5 } : { show: false },
        })),
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const { host, plot } = usePlot(options, initial, 120);
  const [filled, setFilled] = useState(() => hasPoints(initial));
  const push = useCallback(
    (data: number[][]) => {
      setFilled(hasPoints(data));
      plot.current?.setData(data as uPlot.AlignedData);
    },
    [plot],
  );

  const trailing = useRef<number | null>(null);
  const draw = useCallback(() => {
    const now = performance.now();
    if (now - last.current < 100) {
      // A change inside the throttle window is drawn at its end, so the last one is never lost.
      trailing.current ??= window.setTimeout(() => {
        trailing.current = null;
        last.current = performance.now();
        push(read());
      }, 100);
      return;
    }
    last.current = now;
    push(read());
  }, [read, push]);
  useEffect(
    () => () => {
      if (trailing.current !== null) clearTimeout(trailing.current);
    },
    [],
  );
  useLiveFrame(draw, source);

  return (
    <figure className="chart" title={help} data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="chart-body">
        <div ref={host} className="chart-host" />
        {!filled && (
          <p className="chart-empty" data-testid={`${testId}-empty`}>
            {empty ?? 'No data yet.'}
          </p>
        )}
      </div>
    </figure>
  );
}
