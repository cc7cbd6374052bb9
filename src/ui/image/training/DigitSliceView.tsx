import { useCallback, useEffect, useRef, useState } from 'react';
import { useImageTraining } from '../../../store/imageTraining';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';
import type { SliceNetwork } from '../../../store/slicePointProbe';
import { SlicePointReadout } from '../SlicePointReadout';
import { useSlicePointProbe } from '../useSlicePointProbe';
import { DigitVolumeView } from './DigitVolumeView';
import { drawDigitSlice, fromCanvas, PATH_COLORS, REGION_COLORS, type SliceLayout } from './drawDigitSlice';
import { shownSlice, useTrainingFrame } from './useTrainingFrame';

const rgb = (c: readonly number[]) => `rgb(${c.join(',')})`;
const fmt = (v: number | null) => (v === null ? 'no flip' : v.toFixed(3));

const PLANE_NAMES = ['a', 'b'] as const;
const FROM_FILE: SliceNetwork = { kind: 'none', why: 'a run loaded from a file keeps no networks' };

/**
 * The live boundary slice through the chosen test digit (docs/science.md §3, §6), redrawn each
 * epoch, beside its 3-D slice (DigitVolumeView). Hovering either shows the image at that point
 * and the network's logits there, computed in the worker at the slice's epoch (SlicePointReadout).
 */
export function DigitSliceView() {
  const viewing = useImageTraining((s) => s.viewing);
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layout = useRef<{ l: SliceLayout; s: DigitSlice } | null>(null);
  const [shown, setShown] = useState<DigitSlice | null>(null);
  const fromFile = useImageTraining((s) => s.fromFile);
  const probe = useSlicePointProbe();
  const network = useCallback((epoch: number): SliceNetwork => (fromFile ? FROM_FILE : { kind: 'trained', epoch }), [fromFile]);

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
    if (!p) return probe.leave();
    const { s } = cur;
    const gi = Math.round(((p[0] + s.extent) / (2 * s.extent)) * (s.res - 1));
    const gj = Math.round(((p[1] + s.extent) / (2 * s.extent)) * (s.res - 1));
    const v = gi + s.res * gj;
    probe.probe(
      { network: network(s.epoch), x0: s.x0, axes: [s.u, s.v], coords: [p[0], p[1]], cls: s.cls },
      { where: `plane, epoch ${s.epoch}`, names: PLANE_NAMES, grid: { predicted: s.classes[v], margin: s.margins[v] } },
    );
  };

  return (
    <section className="train-slice" data-testid="train-slice">
      <div className="train-slice-main">
        <div ref={host} className="train-slice-canvas" onMouseMove={onMove} onMouseLeave={probe.leave}>
          <canvas ref={canvas} data-testid="train-slice-canvas" />
          {!shown && (
            <p className="muted train-slice-empty">
              Press Train: the slice through the chosen digit appears at init and is redrawn every epoch.
            </p>
          )}
        </div>
        <DigitVolumeView probe={probe} network={network} />
        <div className="train-slice-side">
          {shown && (
            <>
              <p className="train-slice-title" data-testid="train-slice-title">
                {viewing === null ? 'live' : 'snapshot'} · epoch {shown.epoch} · test digit {shown.index}, predicted {shown.cls}
              </p>
              <SlicePointReadout
                probe={probe}
                x0={shown.x0}
                cls={shown.cls}
                idle="hover the plane or the 3-D slice to see its images"
                testId="train-hover"
              />
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
