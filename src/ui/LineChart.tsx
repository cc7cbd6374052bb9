import { useCallback, useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLiveFrame } from './useLiveFrame';

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
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const last = useRef(0);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: el.clientWidth || 260,
      height: 120,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: yRange ? { range: yRange } : logY ? { distr: 3 } : {} },
      axes: [
        { size: 24, font: '10px system-ui', stroke: '#555' },
        { size: 40, font: '10px system-ui', stroke: '#555' },
      ],
      series: [{ label: 'epoch' }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 1.5, points: { show: false } }))],
    };
    const p = new uPlot(opts, read() as uPlot.AlignedData, el);
    plot.current = p;
    const ro = new ResizeObserver(() => p.setSize({ width: el.clientWidth || 260, height: 120 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      p.destroy();
      plot.current = null;
    };
    // The chart is built once; data flows in through setData.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draw = useCallback(() => {
    const now = performance.now();
    if (now - last.current < 100) return;
    last.current = now;
    plot.current?.setData(read() as uPlot.AlignedData);
  }, [read]);
  useLiveFrame(draw);

  return (
    <figure className="chart" title={help} data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
