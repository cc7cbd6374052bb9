import { drawNullCurve } from '../drawNullCurve';
import { useEffect, useMemo, useRef } from 'react';
import { betaPdf } from '../../core/geometry/nullModel';
import type { NullSummary } from '../../engine/attackTypes';
import { densityHistogram } from '../../core/stats';

const BINS = 20;
const HEIGHT = 120;

/**
 * Histogram of ρ_δ over the attacked points as a density, against the null Beta(k/2, (n−k)/2)
 * density with its mean k/n and 95 % band (SCIENCE.md §4). The y range ignores the density's
 * infinite ends (a < 1 or b < 1) so the histogram stays readable.
 */
export function RhoHistogram({ values, nul }: { values: number[]; nul: NullSummary }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const hist = useMemo(() => densityHistogram(values, BINS), [values]);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = devicePixelRatio;
    const w = (c.width = c.clientWidth * dpr);
    const h = (c.height = HEIGHT * dpr);
    const g = c.getContext('2d')!;
    g.clearRect(0, 0, w, h);
    const pad = { l: 4 * dpr, r: 4 * dpr, t: 14 * dpr, b: 14 * dpr };
    const a = nul.k / 2;
    const b = (nul.n - nul.k) / 2;
    const hasNull = Number.isFinite(nul.mean);
    const pdf = (x: number) => (hasNull ? betaPdf(x, a, b) : 0);
    let yMax = Math.max(...hist.density, 1e-9);
    for (let i = 1; i < 50; i++) yMax = Math.max(yMax, Math.min(pdf(i / 50), 4 * yMax));
    const X = (x: number) => pad.l + x * (w - pad.l - pad.r);
    const Y = (y: number) => h - pad.b - (Math.min(y, yMax) / yMax) * (h - pad.t - pad.b);
    if (hasNull) {
      g.fillStyle = 'rgba(242, 142, 43, 0.13)';
      g.fillRect(X(nul.lo), pad.t, X(nul.hi) - X(nul.lo), h - pad.t - pad.b);
    }
    g.fillStyle = '#5b7fb0';
    for (let i = 0; i < BINS; i++) {
      const y = Y(hist.density[i]);
      g.fillRect(X(i / BINS) + dpr, y, X(1 / BINS) - X(0) - 2 * dpr, h - pad.b - y);
    }
    if (hasNull) drawNullCurve(g, X, Y, pdf, nul.mean, pad.t, h - pad.b, 1, dpr);
    g.fillStyle = '#333';
    g.fillRect(pad.l, h - pad.b, w - pad.l - pad.r, dpr);
    g.font = `${10 * dpr}px system-ui`;
    g.textBaseline = 'top';
    g.fillText('0', X(0), h - pad.b + 2 * dpr);
    g.textAlign = 'right';
    g.fillText('1', X(1), h - pad.b + 2 * dpr);
    g.textAlign = 'center';
    if (hasNull) g.fillText(`k/n = ${nul.mean.toFixed(2)}`, Math.min(Math.max(X(nul.mean), 30 * dpr), w - 30 * dpr), h - pad.b + 2 * dpr);
    g.textAlign = 'left';
    g.textBaseline = 'alphabetic';
    g.fillText(`ρ_δ of ${hist.used} points · null Beta(${a}, ${b})`, pad.l, 10 * dpr);
  }, [hist, nul]);
  return (
    <canvas
      ref={canvas}
      className="attack-histogram"
      data-testid="attack-histogram"
      data-count={hist.used}
      title="Blue: histogram of ρ_δ over the attacked points (density). Orange: the null density Beta(k/2, (n−k)/2) of a direction unrelated to the manifold, its mean k/n (dashed) and 95 % interval (band). Bars far left of the band: perturbations mostly perpendicular to M beyond what k/n alone explains."
    />
  );
}
