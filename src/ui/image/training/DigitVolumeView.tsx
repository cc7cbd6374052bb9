import { useCallback, useMemo, useRef, useState } from 'react';
import type { SliceHoverTarget } from '../../../scene/ImageSliceScene';
import { isTimelineEpoch } from '../../../core/timelinePolicy';
import { ImageSliceCanvas } from '../../../scene/ImageSliceCanvas';
import { SLICE_AXIS_COLORS } from '../../../scene/ImageSliceScene';
import { useImageTraining } from '../../../store/imageTraining';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';
import { PATH_COLORS } from './drawDigitSlice';
import { SliceComputing } from '../SliceComputing';
import { shownSlice, useTrainingFrame } from './useTrainingFrame';
import type { SliceProbe } from '../useSlicePointProbe';
import type { SliceNetwork } from '../../../store/slicePointProbe';

const COORD_NAMES = ['a', 't₂', 'b'] as const;
const ON: Record<SliceHoverTarget, string> = { surface: 'on the boundary surface (mesh)', plane: 'on the probe plane' };

const AXES = [
  ['u', 'tangent 1 (u)', 'The leading tangent direction of the autoencoder manifold at x (largest singular value of dD/dz)'],
  ['t₂', 'tangent 2 (t₂)', 'The second tangent direction (second singular value of dD/dz)'],
  ['v', 'off-manifold (v)', 'P_N g / |P_N g|: the normal part of the margin gradient at x'],
] as const;

/**
 * The 3-D slice x + a·u + t₂·t̂₂ + b·v through the chosen digit (docs/science.md §3), redrawn at
 * each epoch and when the timeline is scrubbed: the decision boundary (margin 0) coloured by b,
 * the three axes through x and the attack paths. Its t₂ = 0 section is the plane beside it.
 * Hovering the surface or the probe plane (t₂ = const, movable) asks the worker for the image
 * there and the network's answer, shown by the plane's readout (`probe`, one readout for both).
 * The worker takes the 3-D grid at the timeline epochs only (init, 1, 2, 5, 10, …; it costs res³
 * forward passes), so between them the view keeps the latest one for the same digit and says from
 * which epoch it is. Renders on demand: a frame when a new slice arrives or the camera moves.
 */
export function DigitVolumeView({ probe, network }: { probe: SliceProbe; network: (epoch: number) => SliceNetwork }) {
  const viewing = useImageTraining((s) => s.viewing);
  const training = useImageTraining((s) => s.status === 'running' || s.status === 'creating');
  const [planeY, setPlaneY] = useState<number | null>(0);
  const [shown, setShown] = useState<DigitSlice | null>(null);
  const lastWithVolume = useRef<DigitSlice | null>(null);
  const [held, setHeld] = useState<DigitSlice | null>(null);
  const sync = useCallback(() => {
    const s = shownSlice(viewing);
    if (s?.volume) lastWithVolume.current = s;
    const last = lastWithVolume.current;
    setShown(s);
    setHeld(s && !s.volume && last?.index === s.index ? last : null);
  }, [viewing]);
  useTrainingFrame(sync, [viewing]);
  const drawn = shown?.volume ? shown : held;
  const vol = drawn?.volume ?? null;
  const paths = useMemo(
    () => (vol ? (['free', 'on', 'off'] as const).map((k) => ({ points: vol.paths[k], color: PATH_COLORS[k] })) : []),
    [vol],
  );
  const hover = useMemo(() => {
    if (!drawn?.volume) return undefined;
    const { x0, u, v, cls, epoch } = drawn;
    const { t2, extent } = drawn.volume;
    const tagged = probe.hover?.tag.world;
    return {
      planeY,
      marker: tagged ?? null,
      onLeave: probe.leave,
      onPoint(world: [number, number, number], on: SliceHoverTarget) {
        const coords = world.map((w) => w * extent);
        probe.probe(
          { network: network(epoch), x0, axes: [u, t2, v], coords, cls },
          { where: `3-D, epoch ${epoch} · ${ON[on]}${on === 'plane' ? ` t₂ = ${coords[1].toFixed(2)}` : ''}`, names: COORD_NAMES, world },
        );
      },
    };
  }, [drawn, planeY, probe, network]);
  return (
    <div
      className="train-volume"
      data-testid="train-volume"
      data-epoch={drawn && vol ? drawn.epoch : ''}
      data-triangles={vol ? vol.indices.length / 3 : 0}
    >
      {vol && drawn ? (
        <>
          {/* Farther than the Attack mode's wide view: this canvas is square. */}
          <ImageSliceCanvas
            volume={vol}
            paths={paths}
            cameraPosition={[3.9, -3.4, 2.6]}
            testId="train-volume-canvas"
            frameloop="demand"
            hover={hover}
          />
          <p
            className="train-volume-legend"
            title="The surface is the decision boundary of x's class inside the slice, coloured by its off-manifold coordinate b (blue: −, red: +). The grid evaluates the network at x + a·u + t₂·t̂₂ + b·v, unclipped. Drag to turn, scroll to zoom; hover the surface or the probe plane to see the image there."
          >
            {AXES.map(([key, label, tip], i) => (
              <span key={key} style={{ color: SLICE_AXIS_COLORS[i] }} title={tip}>
                ■ {label}
              </span>
            ))}
            <span>
              3-D: ±{vol.extent.toFixed(2)} (L2) · {vol.res}³ grid · {(100 * vol.originalShare).toFixed(0)} % class {drawn.cls} ·{' '}
              {vol.computeMs.toFixed(0)} ms
            </span>
            <label title="Hover picks the first of the boundary surface and this plane (t₂ constant) under the cursor; the plane at t₂ = 0 is the 2-D slice">
              <input
                type="checkbox"
                checked={planeY !== null}
                onChange={(e) => setPlaneY(e.target.checked ? 0 : null)}
                data-testid="train-volume-plane"
              />{' '}
              probe plane
              {planeY !== null && (
                <>
                  {' '}
                  t₂ ={' '}
                  <input
                    type="range"
                    min={-1}
                    max={1}
                    step={0.05}
                    value={planeY}
                    onChange={(e) => setPlaneY(Number(e.target.value))}
                    style={{ width: 90, verticalAlign: 'middle' }}
                    data-testid="train-volume-plane-t2"
                    aria-label="probe plane t₂, share of the half-width"
                  />{' '}
                  {(planeY * vol.extent).toFixed(2)}
                </>
              )}
            </label>
            {held && shown && (
              <span
                data-testid="train-volume-held"
                title="The 3-D grid is taken at the timeline epochs (init, 1, 2, 5, 10, 15, 20, 30, …) to keep the metric pass within its share of training time; the plane beside it is from this epoch."
              >
                3-D from epoch {held.epoch} (plane: epoch {shown.epoch})
              </span>
            )}
          </p>
        </>
      ) : !shown && training ? (
        <div className="train-slice-empty">
          <SliceComputing
            text="Computing the 3-D slice… it arrives with the first metric pass (the init pass at epoch 0)."
            testId="train-volume-computing"
          />
        </div>
      ) : (
        <p className="muted train-slice-empty">
          {shown && !isTimelineEpoch(shown.epoch)
            ? 'The 3-D slice is taken at the timeline epochs (init, 1, 2, 5, 10, …); the next one appears there.'
            : shown
              ? 'No 3-D slice: the manifold estimate has a single tangent direction here.'
              : 'The 3-D slice (u, t₂, v) appears with the plane.'}
        </p>
      )}
    </div>
  );
}
