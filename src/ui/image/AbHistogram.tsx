import { drawNullCurve } from '../drawNullCurve';
import { useEffect, useMemo, useRef } from 'react';
import { betaPdf } from '../../core/geometry/nullModel';
import type { ABRow } from '../../engine/imageTypes';
import { densityHistogram } from '../../core/stats';

const BINS = 25;
const HEIGHT = 130;
const X_MAX = 0.6;

/**
 * ρ_δ of Experiment A as a density histogram (blue bars), the same δ against random k-frames
 * (grey outline) and the §4 null Beta(k/2, (n−k)/2) (orange curve, mean k/n dashed).
 */
export function AbHistogram({ rows, k, n }: { rows: ABRow[]; k: number; n: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rho = useMemo(() => densityHistogram(rows.map((r) => r.rhoDelta ?? NaN), BINS, 0, X_MAX), [rows]);
  const rnd = useMemo(() => densityHistogram(rows.map((r) => r.rhoRandom ?? NaN), BINS, 0, X_MAX), [rows]);
  useEffect(() => {
    const c = canvas.current;
    const g = c?.getContext('2d');
    if (!c || !g) return;
    const dpr = devicePixelRatio;
    const w = (c.width = c.clientWidth * dpr);
    const h = (c.height = HEIGHT * dpr);
    g.clearRect(0, 0, w, h);
    const pad = { l: 4 * dpr, r: 6 * dpr, t: 16 * dpr, b: 16 * dpr };
    const a = k / 2;
    const b = (n - k) / 2;
    const ok = k >= 1 && k < n;
    let yMax = Math.max(...rho.density, ...rnd.density, 1e-9);
    if (ok) for (let i = 1; i < 100; i++) yMax = Math.max(yMax, betaPdf((i / 100) * X_MAX, a, b));
    const X = (x: number) => pad.l + (x / X_MAX) * (w - pad.l - pad.r);
    const Y = (y: number) => h - pad.b - (Math.min(y, yMax) / yMax) * (h - pad.t - pad.b);
    const bw = X(X_MAX / BINS) - X(0);
    g.fillStyle = '#5b7fb0';
    rho.density.forEach((d, i) => g.fillRect(X((i * X_MAX) / BINS) + dpr, Y(d), bw - 2 * dpr, h - pad.b - Y(d)));
    g.strokeStyle = '#6d6875';
    g.lineWidth = 1.5 * dpr;
    g.beginPath();
    rnd.density.forEach((d, i) => {
      g.lineTo(X((i * X_MAX) / BINS), Y(d));
      g.lineTo(X(((i + 1) * X_MAX) / BINS), Y(d));
    });
    g.stroke();
    if (ok) drawNullCurve(g, X, Y, (x) => betaPdf(x, a, b), k / n, pad.t, h - pad.b, X_MAX, dpr);
    g.fillStyle = '#333';
    g.fillRect(pad.l, h - pad.b, w - pad.l - pad.r, dpr);
    g.font = `${10 * dpr}px system-ui`;
    g.textBaseline = 'top';
    for (const t of [0, 0.2, 0.4, 0.6]) {
      g.textAlign = t === 0 ? 'left' : t === X_MAX ? 'right' : 'center';
      g.fillText(String(t), X(t), h - pad.b + 3 * dpr);
    }
    g.textAlign = 'left';
    g.fillText(`ρ_δ of ${rho.used} digits · null Beta(${a}, ${b}) · k/n = ${(k / n).toFixed(3)}`, pad.l, 2 * dpr);
  }, [rho, rnd, k, n]);
  return (
    <canvas
      ref={canvas}
      className="ab-histogram"
      data-testid="ab-histogram"
      data-count={rho.used}
      title="Blue bars: ρ_δ = |P_T δ|²/|δ|² of the PGD perturbations against the autoencoder's tangent space. Grey outline: the same δ against random k-dimensional subspaces (the baseline). Orange: the null density Beta(k/2, (n−k)/2) of a direction unrelated to the manifold, dashed at its mean k/n (SCIENCE.md §4). Bars left of the orange curve would support the DMM beyond what k ≪ n explains."
    />
  );
}
