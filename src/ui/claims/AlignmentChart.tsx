import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { AlignmentOutcome } from '../../engine/claimsTypes';

/** rho_g over training (mean at training and test points) with the k/n null and its 95 % band. */
export function AlignmentChart({ series }: { series: AlignmentOutcome }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const pts = series.points;
    const x = pts.map((p) => p.epoch);
    const nan = (v: number) => (Number.isFinite(v) ? v : null);
    const data = [
      x,
      pts.map((p) => nan(p.train.mean)),
      pts.map((p) => nan(p.test.mean)),
      x.map(() => series.nullHi),
      x.map(() => series.nullMean),
      x.map(() => series.nullLo),
    ] as uPlot.AlignedData;
    const w = el.clientWidth || 400;
    const opts: uPlot.Options = {
      width: w,
      height: 200,
      legend: { show: true },
      scales: { x: { time: false }, y: { range: (_u, _lo, hi) => [0, Math.max(hi ?? 0, series.nullHi) * 1.1 || 1] } },
      axes: [
        { size: 28, font: '10px system-ui', stroke: '#555', label: 'epoch', labelSize: 14, labelFont: '10px system-ui' },
        { size: 44, font: '10px system-ui', stroke: '#555' },
      ],
      series: [
        { label: 'epoch' },
        { label: 'ρ_g train', stroke: '#1971c2', width: 2 },
        { label: 'ρ_g test', stroke: '#e8590c', width: 2 },
        { label: 'null 97.5 %', stroke: 'rgba(90,90,90,0.5)', width: 1 },
        { label: 'null k/n', stroke: '#555', width: 1, dash: [5, 4] },
        { label: 'null 2.5 %', stroke: 'rgba(90,90,90,0.5)', width: 1 },
      ],
      bands: [{ series: [3, 5], fill: 'rgba(120,120,120,0.18)' }],
    };
    const plot = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => plot.setSize({ width: el.clientWidth || 400, height: 200 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [series]);
  return (
    <figure className="chart claims-chart" title="Mean ρ_g = |P_T g|²/|g|² at the training (blue) and held-out (orange) points over training; grey band: the 95 % interval of the null Beta(k/2, (n−k)/2), dashed: its mean k/n (SCIENCE §4)" data-testid="align-chart">
      <figcaption>
        ρ_g over training · n = {series.n}, k = {series.k}, null k/n = {series.nullMean.toFixed(4)}
      </figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
