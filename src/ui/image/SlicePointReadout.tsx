import type { SliceHover } from './useSlicePointProbe';
import { ImageCanvas } from './ImageCanvas';

const num = (v: number) => (Math.abs(v) < 5e-3 ? '0.00' : v.toFixed(2));

/**
 * The image at the hovered slice point (engine/slicePointProbe.ts) and what the slice's network
 * says there: where the point is, its coordinates, the predicted class and the margin of x's
 * class; every logit in the tooltip. Without a hover it shows x itself.
 */
export function SlicePointReadout({
  probe: { hover, error },
  x0,
  cls,
  idle,
  size = 112,
  testId,
}: {
  /** The hover state of useSlicePointProbe. */
  probe: { hover: SliceHover | null; error: string | null };
  x0: Float32Array;
  /** x's predicted class: the margin's class. */
  cls: number;
  /** What to say when nothing is hovered. */
  idle: string;
  size?: number;
  testId: string;
}) {
  const side = Math.round(Math.sqrt(x0.length));
  const r = hover?.result;
  const logitsTip = r?.logits ? `logits: ${Array.from(r.logits, (z, j) => `${j}: ${z.toFixed(3)}`).join(', ')}` : '';
  return (
    <div
      className="train-hover"
      data-testid={testId}
      data-coords={r ? JSON.stringify(r.coords) : ''}
      data-predicted={r?.predicted ?? hover?.tag.grid?.predicted ?? ''}
      data-margin={r?.margin ?? ''}
    >
      <ImageCanvas
        pixels={r?.pixels ?? x0}
        side={side}
        size={size}
        testId={`${testId}-image`}
        title="The image at the hovered point (pixels outside [0, 1] are shown clamped)"
      />
      <span title={logitsTip}>
        {hover && r ? (
          <>
            {hover.tag.where}
            <br />
            {hover.tag.names.map((n, i) => `${n} = ${num(r.coords[i])}`).join(', ')}
            <br />
            {r.logits ? (
              <>
                predicted {r.predicted}, margin of {cls}: {r.margin!.toFixed(3)}
              </>
            ) : hover.tag.grid ? (
              <span title={r.missing ?? ''}>
                nearest grid vertex: class {hover.tag.grid.predicted}, margin {hover.tag.grid.margin.toFixed(2)}
              </span>
            ) : (
              <span className="muted">no logits: {r.missing}</span>
            )}
          </>
        ) : (
          <>
            x itself
            <br />
            {idle}
          </>
        )}
        {error && (
          <>
            <br />
            <span className="image-error" role="alert">
              The hovered point could not be evaluated: {error}
            </span>
          </>
        )}
      </span>
    </div>
  );
}
