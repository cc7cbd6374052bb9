import { useMemo } from 'react';
import uPlot from 'uplot';
import { betaPdf } from '../core/geometry/nullModel';
import { AXIS_STYLE, usePlot, type PlotOptions } from './usePlot';

/** The §4 null of ρ for a direction unrelated to the manifold: Beta(k/2, (n−k)/2), mean k/n. */
export interface NullCurve {
  readonly k: number;
  readonly n: number;
  /** The 95 % interval, drawn as a band when given. */
  readonly lo?: number;
  readonly hi?: number;
}

/** A second yardstick drawn as a green dashed line at `x` over a band lo–hi (e.g. the support-matched null). */
export interface NullMarker {
  readonly x: number;
  readonly lo: number;
  readonly hi: number;
}

export interface NullHistogramProps {
  /** Density per equal bin over [0, xMax]. */
  bars: ArrayLike<number>;
  /** A second histogram over the same bins, drawn as an outline. */
  outline?: ArrayLike<number>;
  nul: NullCurve | null;
  marker?: NullMarker | null;
  xMax: number;
  height: number;
  caption: string;
  help: string;
  testId: string;
  /** Values behind the bars (the e2e suite reads it). */
  count: number;
  className: string;
}

const CURVE_SAMPLES = 200;
/** Where the Beta density is unbounded (a or b below 1), the y range stops at this many times the tallest bar. */
const PDF_CAP = 4;

/**
 * A density histogram of ρ against its null density (docs/science.md §4), drawn by uPlot: blue
 * bars, optional grey outline, the orange Beta density, its mean k/n dashed and its 95 % band.
 */
export function NullHistogram({ bars, outline, nul, marker, xMax, height, caption, help, testId, count, className }: NullHistogramProps) {
  const { options, data } = useMemo(() => histogramPlot(bars, outline, nul, xMax, marker ?? null), [bars, outline, nul, xMax, marker]);
  const { host } = usePlot(options, data, height);
  return (
    <figure className={className} title={help} data-testid={testId} data-count={count}>
      <figcaption>{caption}</figcaption>
      <div ref={host} />
    </figure>
  );
}

function histogramPlot(
  bars: ArrayLike<number>,
  outline: ArrayLike<number> | undefined,
  nul: NullCurve | null,
  xMax: number,
  marker: NullMarker | null,
): { options: PlotOptions; data: uPlot.AlignedData } {
  const bins = bars.length;
  const width = xMax / bins;
  const a = nul ? nul.k / 2 : NaN;
  const b = nul ? (nul.n - nul.k) / 2 : NaN;
  const pdf = (x: number) => (nul ? betaPdf(x, a, b) : NaN);
  // One x grid for all series: the bin edges (for the steps) and the curve's samples.
  const xs = [
    ...new Set([
      ...Array.from({ length: bins + 1 }, (_, i) => i * width),
      ...Array.from({ length: CURVE_SAMPLES - 1 }, (_, i) => ((i + 1) / CURVE_SAMPLES) * xMax),
    ]),
  ].sort((p, q) => p - q);
  const binOf = (x: number) => Math.min(bins - 1, Math.floor(x / width + 1e-9));
  const step = (h: ArrayLike<number>) => xs.map((x) => h[binOf(x)]);
  const curve = xs.map((x) => (x > 0 && x < xMax && Number.isFinite(pdf(x)) ? pdf(x) : null));
  const barMax = Math.max(0, ...Array.from(bars), ...Array.from(outline ?? []));
  const pdfMax = Math.max(0, ...curve.map((v) => v ?? 0));
  const unbounded = a < 1 || b < 1;
  const yMax = Math.max(barMax, unbounded && barMax > 0 ? Math.min(pdfMax, PDF_CAP * barMax) : pdfMax, 1e-9);
  const series: uPlot.Series[] = [
    {},
    {
      label: 'histogram',
      stroke: '#5b7fb0',
      fill: 'rgba(91, 127, 176, 0.85)',
      width: 1,
      paths: uPlot.paths.stepped!({ align: 1 }),
      points: { show: false },
    },
  ];
  const data: (number | null)[][] = [xs, step(bars)];
  if (outline) {
    series.push({
      label: 'random subspaces',
      stroke: '#6d6875',
      width: 1.5,
      paths: uPlot.paths.stepped!({ align: 1 }),
      points: { show: false },
    });
    data.push(step(outline));
  }
  if (nul) {
    series.push({ label: 'null density', stroke: '#e8710a', width: 2, points: { show: false } });
    data.push(curve);
  }
  const mean = nul ? nul.k / nul.n : NaN;
  const vline = (u: uPlot, x: number) => u.valToPos(x, 'x', true);
  const options: PlotOptions = {
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [0, xMax] }, y: { range: [0, yMax] } },
    axes: [{ ...AXIS_STYLE, size: 22 }, { show: false }],
    series,
    hooks: {
      // The 95 % bands under the series, the mean k/n (and the marker) dashed over them.
      drawAxes: [
        (u) => nul?.lo !== undefined && nul.hi !== undefined && fillBand(u, vline(u, nul.lo), vline(u, nul.hi), NULL_BAND),
        (u) => marker && fillBand(u, vline(u, marker.lo), vline(u, marker.hi), MARKER_BAND),
      ],
      draw: [(u) => nul && dashed(u, vline(u, mean), NULL_LINE), (u) => marker && dashed(u, vline(u, marker.x), MARKER_LINE)],
    },
  };
  return { options, data: data as uPlot.AlignedData };
}

const NULL_LINE = '#e8710a';
const NULL_BAND = 'rgba(242, 142, 43, 0.13)';
const MARKER_LINE = '#2e8b57';
const MARKER_BAND = 'rgba(46, 139, 87, 0.13)';

function fillBand(u: uPlot, x0: number, x1: number, colour: string): void {
  const { top, height } = u.bbox;
  u.ctx.fillStyle = colour;
  u.ctx.fillRect(x0, top, x1 - x0, height);
}

function dashed(u: uPlot, x: number, colour: string): void {
  const { top, height } = u.bbox;
  const g = u.ctx;
  g.save();
  g.strokeStyle = colour;
  g.lineWidth = 2 * devicePixelRatio;
  g.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
  g.beginPath();
  g.moveTo(x, top);
  g.lineTo(x, top + height);
  g.stroke();
  g.restore();
}
