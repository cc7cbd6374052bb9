import type { ReactNode } from 'react';
import type uPlot from 'uplot';
import { usePlot, type PlotOptions } from '../usePlot';

/** A uPlot chart of the Claims view with its caption and an explanation as the tooltip. */
export function ClaimsFigure({
  options,
  data,
  height,
  title,
  testId,
  caption,
}: {
  options: PlotOptions;
  data: uPlot.AlignedData;
  height: number;
  title: string;
  testId: string;
  caption: ReactNode;
}) {
  const { host } = usePlot(options, data, height);
  return (
    <figure className="chart claims-chart" title={title} data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <div ref={host} className="chart-host" />
    </figure>
  );
}
