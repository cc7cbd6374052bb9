import { useMemo } from 'react';
import type uPlot from 'uplot';
import { AXIS_STYLE, HALF_SLOT, barSeries, horizontalRule, type PlotOptions } from '../usePlot';
import { ClaimsFigure } from './ClaimsFigure';

const STD = '#7a8597';
const ADV = '#e8590c';
const EPS = '#c92a2a';

const TOY = {
  what: 'D_i per training point',
  help: 'Signed dimple depth D_i per training point: grey = standard training, orange = adversarial training; dashed red = the budget ε. Below zero: the point is misclassified.',
};

/**
 * Paired bars per point for both networks with the budget ε as a dashed line: by default the
 * dimple depths D_i of the toy's training points (signed: below zero = misclassified), which
 * the DMM predicts reach ε after adversarial training (docs/science.md §6); on images the L2
 * distance to the boundary per test image (`what`, `help`; NaN: no bar). Drawn by uPlot.
 */
export function DimpleCompare({
  standard,
  adversarial,
  eps,
  what = TOY.what,
  help = TOY.help,
}: {
  standard: ArrayLike<number>;
  adversarial: ArrayLike<number>;
  eps: number;
  what?: string;
  help?: string;
}) {
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
    const bars = (v: ArrayLike<number>) => Array.from(v, (x) => (Number.isFinite(x) ? x : null));
    const data = [Array.from(standard, (_, i) => i), bars(standard), bars(adversarial)] as uPlot.AlignedData;
    return { options, data };
  }, [standard, adversarial, eps]);
  return (
    <ClaimsFigure
      options={options}
      data={data}
      height={150}
      title={help}
      testId="dimple-compare"
      caption={
        <>
          {what}: <span style={{ color: STD }}>■ standard</span> <span style={{ color: ADV }}>■ adversarial</span>{' '}
          <span style={{ color: EPS }}>- - ε = {eps}</span>
        </>
      }
    />
  );
}
