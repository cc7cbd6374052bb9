import { useMemo } from 'react';
import type uPlot from 'uplot';
import { AXIS_STYLE, HALF_SLOT, barSeries, horizontalRule, usePlot, type PlotOptions } from '../usePlot';

const STD = '#7a8597';
const ADV = '#e8590c';
const EPS = '#c92a2a';

/**
 * Dimple depths D_i of both networks, paired bars per training point (signed: below zero =
 * misclassified), with the budget ε drawn as a dashed line: the DMM predicts the adversarial
 * bars reach it (docs/science.md §6). Drawn by uPlot.
 */
export function DimpleCompare({ standard, adversarial, eps }: { standard: Float32Array; adversarial: Float32Array; eps: number }) {
  const { options, data } = useMemo(() => {
    const options: PlotOptions = {
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: HALF_SLOT }, y: { range: (_u, lo, hi) => [Math.min(0, lo ?? 0), Math.max(eps * 1.25, hi ?? 0)] } },
      axes: [
        { show: false },
        {
          ...AXIS_STYLE,
          size: 40,
          splits: (u) => [u.scales.y.min ?? 0, 0, eps, u.scales.y.max ?? eps].filter((v, i, a) => a.indexOf(v) === i),
        },
      ],
      series: [{}, barSeries('standard', STD, 0.38, -1), barSeries('adversarial', ADV, 0.38, 1)],
      hooks: { draw: [(u) => horizontalRule(u, 0, '#333'), (u) => horizontalRule(u, eps, EPS, [5, 4])] },
    };
    const data = [Array.from(standard, (_, i) => i), Array.from(standard), Array.from(adversarial)] as uPlot.AlignedData;
    return { options, data };
  }, [standard, adversarial, eps]);
  const { host } = usePlot(options, data, 150);
  return (
    <figure
      className="chart claims-chart"
      title="Signed dimple depth D_i per training point: grey = standard training, orange = adversarial training; dashed red = the budget ε. Below zero: the point is misclassified."
      data-testid="dimple-compare"
    >
      <figcaption>
        D_i per training point: <span style={{ color: STD }}>■ standard</span> <span style={{ color: ADV }}>■ adversarial</span>{' '}
        <span style={{ color: EPS }}>- - ε = {eps}</span>
      </figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
