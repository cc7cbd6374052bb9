import type { ComponentProps } from 'react';
import { BoundaryThumb } from '../panels/BoundaryThumb';

/** A boundary view for the Claims tab: the panels' thumbnail, zoomed out to fit a larger canvas. */
export function ClaimsCanvas(props: Omit<ComponentProps<typeof BoundaryThumb>, 'zoomOut'>) {
  return <BoundaryThumb {...props} zoomOut={0.84} />;
}
