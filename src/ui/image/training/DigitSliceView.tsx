import { useCallback, useEffect, useRef, useState } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';
import { ImageCanvas } from '../ImageCanvas';
import { DigitVolumeView } from './DigitVolumeView';
import { drawDigitSlice, fromCanvas, PATH_COLORS, REGION_COLORS, type SliceLayout } from './drawDigitSlice';
import { shownSlice, useTrainingFrame } from './useTrainingFrame';

const rgb = (c: readonly number[]) => `rgb(${c.join(',')})`;
const fmt = (v: number | null) => (v === null ? 'no flip' : v.toFixed(3));

interface Hover {
  a: number;
  b: number;
  pixels: Float32Array;
  cls: number;
  margin: number;
}

/**
 * The live boundary slice through the chosen test digit (docs/science.md §3, §6), redrawn each
 * epoch, with the image at the hovered point of the plane, beside its 3-D slice (DigitVolumeView).
 */
export function DigitSliceView() {
  const viewing = useImageTraining((s) => s.viewing);
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layout = useRef<{ l: SliceLayout; s: DigitSlice } | null>(null);
  const [shown, setShown] = useState<DigitSlice | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  const draw = useCallback(() => {
    const c = canvas.current,
      h = host.current;
    const s = shownSlice(viewing);
    setShown(s);
    if (!c || !h || !s) return;
    const dpr = window.devicePixelRatio || 1;
    const w = h.clientWidth,
      ht = h.clientHeight;
    c.width = Math.round(w * dpr);
    c.height = Math.round(ht * dpr);
    c.style.width = `${w}px`;
    c.style.height = `${ht}px`;
    layout.current = { l: drawDigitSlice(c, s, { axes: true, paths: true, dpr }), s };
    c.dataset.epoch = String(s.epoch);
  }, [viewing]);
  useTrainingFrame(draw, [viewing]);
  useEffect(() => {
    const h = host.current;
    if (!h) return;
    const ro = new ResizeObserver(() => draw());
    ro.observe(h);
    return () => ro.disconnect();
  }, [draw]);

  const onMove = (e: React.MouseEvent) => {
    const cur = layout.current,
      c = canvas.current;
    if (!cur || !c) return;
    const r = c.getBoundingClientRect();
    const p = fromCanvas(cur.l, cur.s, e.clientX - r.left, e.clientY - r.top);
    if (!p) return setHover(null);
    const { s } = cur;
    const pixels = Float32Array.from(s.x0, (v, q) => v + p[0] * s.u[q] + p[1] * s.v[q]);
    const gi = Math.round(((p[0] + s.extent) / (2 * s.extent)) * (s.res - 1));
    const gj = Math.round(((p[1] + s.extent) / (2 * s.extent)) * (s.res - 1));
    const v = gi + s.res * gj;
    setHover({ a: p[0], b: p[1], pixels, cls: s.classes[v], margin: s.margins[v] });
  };

  const side = shown ? Math.round(Math.sqrt(shown.x0.length)) : 14;
  return (
    <section className="train-slice" data-testid="train-slice">
      <div className="train-slice-main">
        <div ref={host} className="train-slice-canvas" onMouseMove={onMove} onMouseLeave={() => setHover(null)}>
          <canvas ref={canvas} data-testid="train-slice-canvas" />
          {!shown && (
            <p className="muted train-slice-empty">
              Press Train: the slice through the chosen digit appears at init and is redrawn every epoch.
            </p>
          )}
        </div>
        <DigitVolumeView />
        <div className="train-slice-side">
          {shown && (
            <>
              <p className="train-slice-title" data-testid="train-slice-title">
                {viewing === null ? 'live' : 'snapshot'} · epoch {shown.epoch} · test digit {shown.index}, predicted {shown.cls}
              </p>
              <div className="train-hover">
                <ImageCanvas
                  pixels={hover?.pixels ?? shown.x0}
                  side={side}
                  size={112}
                  title="The image at the hovered point of the plane (pixels outside [0, 1] are shown clamped)"
                />
                <span>
                  {hover ? (
                    <>
                      a = {hover.a.toFixed(2)}, b = {hover.b.toFixed(2)}
                      <br />
                      class {hover.cls}, margin {hover.margin.toFixed(2)}
                    </>
                  ) : (
                    <>
                      x itself
                      <br />
                      hover the slice to see its images
                    </>
                  )}
                </span>
              </div>
              <ul className="train-slice-legend">
                <li>
                  <i style={{ background: rgb(REGION_COLORS.own) }} /> region of x's class {shown.cls}
                </li>
                <li>
                  <i style={{ background: rgb(REGION_COLORS.other) }} /> any other class
                </li>
                <li>
                  <i style={{ background: '#111', height: 2 }} /> boundary (margin 0)
                </li>
                <li>
                  <i style={{ background: PATH_COLORS.free }} /> PGD-L2, unconstrained: {fmt(shown.flipNorms.free)}
                </li>
                <li>
                  <i style={{ background: PATH_COLORS.on }} /> on-manifold (P_T): {fmt(shown.flipNorms.on)}
                </li>
                <li>
                  <i style={{ background: PATH_COLORS.off }} /> off-manifold (P_N): {fmt(shown.flipNorms.off)}
                </li>
              </ul>
              <p className="muted train-slice-note" title="|P_N g| / |g| of the margin gradient g at x">
                |P_N g|/|g| = {shown.normalShare.toFixed(3)}. Paths are projected on the plane; the constrained ones mostly leave it (their
                flip norms are L2 in all {shown.x0.length} pixels). The grid evaluates the network at x + a·u + b·v, unclipped (u: the
                leading tangent direction of M at x; v = P_N g / |P_N g|, the normal part of the margin gradient). The 3-D view adds the
                second tangent direction t₂; the plane is its t₂ = 0 section.
              </p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
