import { useCallback, useMemo, useRef, useState } from 'react';
import { isTimelineEpoch } from '../../../core/timelinePolicy';
import { ImageSliceCanvas } from '../../../scene/ImageSliceCanvas';
import { SLICE_AXIS_COLORS } from '../../../scene/ImageSliceScene';
import { useImageTraining } from '../../../store/imageTraining';
import type { DigitSlice } from '../../../engine/imageTraining/trainingTypes';
import { PATH_COLORS } from './drawDigitSlice';
import { shownSlice, useTrainingFrame } from './useTrainingFrame';

const AXES = [
  ['u', 'tangent 1 (u)', 'The leading tangent direction of the autoencoder manifold at x (largest singular value of dD/dz)'],
  ['t₂', 'tangent 2 (t₂)', 'The second tangent direction (second singular value of dD/dz)'],
  ['v', 'off-manifold (v)', 'P_N g / |P_N g|: the normal part of the margin gradient at x'],
] as const;

/**
 * The 3-D slice x + a·u + b·t₂ + c·v through the chosen digit (docs/science.md §3), redrawn at
 * each epoch and when the timeline is scrubbed: the decision boundary (margin 0) coloured by c,
 * the three axes through x and the attack paths. Its b = 0 section is the plane beside it.
 * The worker takes the 3-D grid at the timeline epochs only (init, 1, 2, 5, 10, …; it costs res³
 * forward passes), so between them the view keeps the latest one for the same digit and says from
 * which epoch it is. Renders on demand: a frame when a new slice arrives or the camera moves.
 */
export function DigitVolumeView() {
  const viewing = useImageTraining((s) => s.viewing);
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
          <ImageSliceCanvas volume={vol} paths={paths} cameraPosition={[3.9, -3.4, 2.6]} testId="train-volume-canvas" frameloop="demand" />
          <p
            className="train-volume-legend"
            title="The surface is the decision boundary of x's class inside the slice, coloured by its off-manifold coordinate c (blue: −, red: +). The grid evaluates the network at x + a·u + b·t₂ + c·v, unclipped. Drag to turn, scroll to zoom."
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
