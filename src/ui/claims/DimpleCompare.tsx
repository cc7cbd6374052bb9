import { useEffect, useRef } from 'react';

const STD = '#7a8597';
const ADV = '#e8590c';

/**
 * Dimple depths D_i of both networks, paired bars per training point (signed: below zero =
 * misclassified), with the budget ε drawn as a dashed line: the DMM predicts the adversarial
 * bars reach it (SCIENCE.md §6).
 */
export function DimpleCompare({ standard, adversarial, eps }: { standard: Float32Array; adversarial: Float32Array; eps: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = window.devicePixelRatio || 1;
    const w = (c.width = Math.max(200, c.clientWidth) * dpr);
    const h = (c.height = 150 * dpr);
    const g = c.getContext('2d')!;
    g.clearRect(0, 0, w, h);
    let top = eps * 1.25;
    let bottom = 0;
    for (const d of [...standard, ...adversarial]) (top = Math.max(top, d)), (bottom = Math.min(bottom, d));
    const pad = { l: 34 * dpr, r: 4 * dpr, t: 8 * dpr, b: 6 * dpr };
    const y = (v: number) => pad.t + ((top - v) / (top - bottom || 1)) * (h - pad.t - pad.b);
    const count = standard.length;
    const slot = (w - pad.l - pad.r) / Math.max(1, count);
    for (let i = 0; i < count; i++) {
      for (const [k, d, col] of [[0, standard[i], STD], [1, adversarial[i], ADV]] as const) {
        g.fillStyle = col;
        const x = pad.l + i * slot + slot * (0.1 + 0.4 * k);
        g.fillRect(x, Math.min(y(0), y(d)), Math.max(1, slot * 0.38), Math.max(1, Math.abs(y(d) - y(0))));
      }
    }
    g.fillStyle = '#333';
    g.fillRect(pad.l, y(0), w - pad.l - pad.r, dpr);
    g.strokeStyle = '#c92a2a';
    g.setLineDash([5 * dpr, 4 * dpr]);
    g.lineWidth = 1.5 * dpr;
    g.beginPath();
    g.moveTo(pad.l, y(eps));
    g.lineTo(w - pad.r, y(eps));
    g.stroke();
    g.setLineDash([]);
    g.font = `${10 * dpr}px system-ui`;
    g.fillStyle = '#555';
    g.textAlign = 'right';
    for (const v of [top, eps, 0]) g.fillText(v.toFixed(2), pad.l - 3 * dpr, y(v) + 3 * dpr);
    g.fillStyle = '#c92a2a';
    g.textAlign = 'left';
    g.fillText('ε', pad.l + 3 * dpr, y(eps) - 3 * dpr);
  }, [standard, adversarial, eps]);
  return (
    <figure className="chart claims-chart" title="Signed dimple depth D_i per training point: grey = standard training, orange = adversarial training; dashed red = the budget ε. Below zero: the point is misclassified." data-testid="dimple-compare">
      <figcaption>
        D_i per training point: <span style={{ color: STD }}>■ standard</span> <span style={{ color: ADV }}>■ adversarial</span> <span style={{ color: '#c92a2a' }}>- - ε</span>
      </figcaption>
      <canvas ref={canvas} className="claims-canvas" />
    </figure>
  );
}
