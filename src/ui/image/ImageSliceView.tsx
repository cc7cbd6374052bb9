import { useMemo } from 'react';
import { ImageSliceCanvas } from '../../scene/ImageSliceCanvas';
import { SLICE_AXIS_COLORS as AXIS_COLORS } from '../../scene/ImageSliceScene';
import { refreshSlice } from '../../store/imageLabActions';
import { useImageLab } from '../../store/imageLabStore';
import type { SliceHoverTarget } from '../../scene/ImageSliceScene';
import { SliceComputing } from './SliceComputing';
import { SlicePointReadout } from './SlicePointReadout';
import { useSlicePointProbe } from './useSlicePointProbe';

const ATTACK_PATH = '#d7263d';
const ON: Record<SliceHoverTarget, string> = { surface: 'on the boundary surface (mesh)', plane: 'on the probe plane' };
const NAMES = ['a', 'b', 'c'] as const;

/**
 * The 3-D slice of image space around the attacked digit, with its legend and axis choice;
 * hovering the surface or the probe plane (b = 0) shows the image there and the lab network's answer.
 */
export function ImageSliceView() {
  const slice = useImageLab((s) => s.slice);
  const busy = useImageLab((s) => s.sliceBusy);
  const attacking = useImageLab((s) => s.attackBusy);
  const third = useImageLab((s) => s.sliceThird);
  const extent = useImageLab((s) => s.sliceExtent);
  const paths = useMemo(() => (slice ? [{ points: slice.path, color: ATTACK_PATH }] : []), [slice]);
  const probe = useSlicePointProbe();
  const { leave, probe: ask } = probe;
  const marker = probe.hover?.tag.world ?? null;
  const hover = useMemo(
    () =>
      slice && {
        planeY: 0,
        marker,
        onLeave: leave,
        onPoint(world: [number, number, number], on: SliceHoverTarget) {
          const coords = world.map((w) => w * slice.extent);
          ask({ network: { kind: 'lab' }, x0: slice.x0, axes: slice.axes, coords, cls: slice.cls }, { where: ON[on], names: NAMES, world });
        },
      },
    [slice, marker, leave, ask],
  );
  return (
    <section className="image-slice" data-testid="image-slice" data-triangles={slice ? slice.indices.length / 3 : 0}>
      <div className="image-slice-bar">
        <span title="The affine 3-D slice x + a·t₁ + b·t₂ + c·u through the digit x: t₁, t₂ are the two leading tangent directions of the autoencoder manifold (largest singular values of dD/dz), u the third axis. The surface is the classifier's decision boundary (margin of x's class = 0) inside the slice, coloured by c.">
          3-D slice through x {busy && <span className="muted">(computing…)</span>}
        </span>
        <label title="Third axis: the attack's direction (δ minus its part along t₁, t₂, so x + δ lies in the slice), or the steepest normal direction P_N ∇margin">
          third axis{' '}
          <select value={third} onChange={(e) => void refreshSlice(e.target.value as 'attack' | 'normal')} data-testid="slice-third">
            <option value="attack">attack direction</option>
            <option value="normal">steepest normal</option>
          </select>
        </label>
        <label title="Half-width of the slice in L2 units along each axis; auto = twice |δ| (at least 0.5). Larger shows more of the boundary's curvature, at the same grid resolution">
          box ±{' '}
          <select value={extent ?? 0} onChange={(e) => void refreshSlice(third, Number(e.target.value) || null)} data-testid="slice-extent">
            {[0, 0.5, 1, 2, 4].map((v) => (
              <option key={v} value={v}>
                {v === 0 ? 'auto' : v}
              </option>
            ))}
          </select>
        </label>
      </div>
      {slice ? (
        <>
          <div className="image-slice-canvas">
            <ImageSliceCanvas
              volume={slice}
              paths={paths}
              cameraPosition={[3.0, -2.6, 2.0]}
              testId="slice-canvas"
              hover={hover || undefined}
            />
            {busy && <SliceComputing text="Computing the new 3-D slice…" testId="slice-computing" overlay />}
          </div>
          <SlicePointReadout
            probe={probe}
            x0={slice.x0}
            cls={slice.cls}
            size={72}
            idle="hover the surface or the probe plane (b = 0) to see the image there"
            testId="slice-hover"
          />
          <p className="image-slice-legend">
            {slice.axisLabels.map((l, i) => (
              <span key={l} style={{ color: AXIS_COLORS[i] }}>
                ■ {NAMES[i]}: {l}
              </span>
            ))}
            <span>
              box ±{slice.extent.toFixed(2)} (L2) · {slice.res}³ grid · {(100 * slice.originalShare).toFixed(0)} % on x’s side ·{' '}
              {slice.computeMs.toFixed(0)} ms
            </span>
            <span>
              <span style={{ color: '#1d2330' }}>●</span> x <span style={{ color: ATTACK_PATH }}>●—</span> attack path
            </span>
          </p>
        </>
      ) : busy || attacking ? (
        <SliceComputing
          text={
            busy
              ? 'Computing the 3-D slice… (the classifier on a 3-D grid around the digit, a few seconds)'
              : 'Attacking the digit; the 3-D slice is computed next…'
          }
          testId="slice-computing"
        />
      ) : (
        <p className="muted image-slice-empty">Attack a digit to see the decision boundary around it.</p>
      )}
    </section>
  );
}
