import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { AlignmentSeries } from '../../core/experiments/gradientAlignment';
import { AXIS_STYLE, type PlotOptions } from '../usePlot';
import { ClaimsFigure } from './ClaimsFigure';

/** A legend value: blank while nothing is hovered (the epoch entry carries the hint). */
const legendValue = (_u: uPlot, v: number | null) => (v == null ? '' : v.toFixed(4));

/** rho_g over training (mean at training and test points) with the k/n null and its 95 % band. */
export function AlignmentChart({ series }: { series: AlignmentSeries }) {
  const { options, data } = useMemo(() => {
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
    const options: PlotOptions = {
      legend: { show: true },
      scales: { x: { time: false }, y: { range: (_u, _lo, hi) => [0, Math.max(hi ?? 0, series.nullHi) * 1.1 || 1] } },
      axes: [
        { ...AXIS_STYLE, size: 28, label: 'epoch', labelSize: 14, labelFont: AXIS_STYLE.font },
        { ...AXIS_STYLE, size: 44 },
      ],
      series: [
        // With nothing hovered the legend gives a hint instead of a row of "--".
        { label: 'epoch', value: (_u, v) => (v == null ? 'hover the chart to read values' : String(v)) },
        { label: 'ρ_g train', stroke: '#1971c2', width: 2, value: legendValue },
        { label: 'ρ_g test', stroke: '#e8590c', width: 2, value: legendValue },
        { label: 'null 97.5 %', stroke: 'rgba(90,90,90,0.5)', width: 1, value: legendValue },
        { label: 'null k/n', stroke: '#555', width: 1, dash: [5, 4], value: legendValue },
        { label: 'null 2.5 %', stroke: 'rgba(90,90,90,0.5)', width: 1, value: legendValue },
      ],
      bands: [{ series: [3, 5], fill: 'rgba(120,120,120,0.18)' }],
    };
    return { options, data };
  }, [series]);
  return (
    <ClaimsFigure
      options={options}
      data={data}
      height={200}
      title="Mean ρ_g = |P_T g|²/|g|² at the training (blue) and held-out (orange) points over training; grey band: the 95 % interval of the null Beta(k/2, (n−k)/2), dashed: its mean k/n (docs/science.md §4)"
      testId="align-chart"
      caption={`ρ_g over training · n = ${series.n}, k = ${series.k}, null k/n = ${series.nullMean.toFixed(4)}`}
    />
  );
}
