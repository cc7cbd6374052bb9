import type { TrainConfig } from '../core/model/trainConfig';
import type { BoundaryEvent } from './protocol';
import type { JobProgress } from './jobTypes';

/** The boundary of one weight snapshot, as computeBoundary returns it (no event header). */
export type BoundaryPayload = Pick<BoundaryEvent, 'res' | 'boundary' | 'computeMs' | 'evaluatedShare'>;

/** One recorded timeline epoch drawn as a small panel. */
export interface TimelinePanel {
  epoch: number;
  boundary: BoundaryPayload;
}

export interface TimelineBoundariesRequest {
  epochs: number[];
  /** Grid resolution per axis (2-D doubles it, as computeBoundary does). */
  res: number;
}

/** One arm of a side-by-side ablation: a full training config on the current data. */
export interface AblationVariant {
  id: string;
  config: TrainConfig;
}

export interface AblationRequest {
  variants: AblationVariant[];
  res: number;
}

export interface AblationResult {
  id: string;
  /** Epochs trained: until the stop margin (docs/science.md §2) or config.maxEpochs. */
  epochs: number;
  converged: boolean;
  accuracy: number;
  /** Clinging C and the median |D_i| at the end (docs/science.md §6). */
  clinging: number;
  medianAbsDimple: number;
  boundary: BoundaryPayload;
}

/** Progress of a running ablation: the arm being trained (index), its epoch (done) and epoch cap (total). */
export interface AblationProgress extends JobProgress {
  variant: number;
}
