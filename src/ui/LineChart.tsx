import { useCallback, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { useLiveFrame } from './useLiveFrame';
import { AXIS_STYLE, usePlot, type PlotOptions } from './usePlot';

export interface LineChartProps {
  title: string;
  help: string;
  /** Reads the current series from live data: [x, y1, y2, ...]. */
  read: () => number[][];
  series: { label: string; color: string }[];
  yRange?: [number, number];
  logY?: boolean;
  testId: string;
}

/** A small live chart (uPlot) redrawn at most ~10 times a second from live data. */
export function LineChart({ title, help, read, series, yRange, logY, testId }: LineChartProps) {
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
        { ...AXIS_STYLE, size: 24 },
        { ...AXIS_STYLE, size: 40 },
      ],
      series: [{ label: 'epoch' }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 1.5, points: { show: false } }))],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const { host, plot } = usePlot(options, initial, 120);

  const draw = useCallback(() => {
    const now = performance.now();
    if (now - last.current < 100) return;
    last.current = now;
    plot.current?.setData(read() as uPlot.AlignedData);
  }, [read, plot]);
  useLiveFrame(draw);

  return (
    <figure className="chart" title={help} data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
