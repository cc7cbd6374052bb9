import type { MlpWeights } from '../core/model/mlpWeights';
import type { Manifold } from '../core/datasets/types';
import { evaluateGrid } from '../core/geometry/gridEvaluator';
import { marchingCubes } from '../core/geometry/isosurface';
import { contourSegments } from '../core/geometry/contour';
import { sigmoid } from '../core/model/classifier';
import type { BoundaryEvent } from './protocol';

type BoundaryPayload = Pick<BoundaryEvent, 'res' | 'boundary' | 'computeMs' | 'evaluatedShare'>;

/**
 * The decision boundary p = 0.5 of a weight snapshot over the manifold's view box: an
 * isosurface in 3-D, a contour plus probability image in 2-D. Runs in the worker; the
 * arrays are returned with their buffers for transfer, with how many grid logits are not
 * finite (a network whose outputs overflow float32).
 */
export function computeBoundary(
  w: MlpWeights,
  manifold: Manifold,
  res: number,
): { event: BoundaryPayload; transfer: Transferable[]; nonFinite: number; gridSize: number } {
  const t0 = performance.now();
  const box = manifold.bounds;
  if (manifold.n === 3) {
    const g = evaluateGrid(w, box, res);
    const mesh = marchingCubes(g.values, g.dims, box);
    return {
      nonFinite: countNonFinite(g.values),
      gridSize: g.values.length,
      event: {
        res,
        boundary: { dim: 3, positions: mesh.positions, normals: mesh.normals, indices: mesh.indices },
        computeMs: performance.now() - t0,
        evaluatedShare: g.evaluated / g.values.length,
      },
      transfer: [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer],
    };
  }
  // 2-D: a finer image than the 3-D grid costs little (res² instead of res³ vertices).
  const res2 = Math.min(256, res * 2);
  const g = evaluateGrid(w, box, res2, { exact: true });
  const segments = contourSegments(g.values, g.dims, box);
  const probability = new Float32Array(g.values.length);
  for (let i = 0; i < probability.length; i++) probability[i] = Number.isNaN(g.values[i]) ? 0.5 : sigmoid(g.values[i]);
  return {
    nonFinite: countNonFinite(g.values),
    gridSize: g.values.length,
    event: {
      res: res2,
      boundary: { dim: 2, segments, probability, res: res2 },
      computeMs: performance.now() - t0,
      evaluatedShare: 1,
    },
    transfer: [segments.buffer, probability.buffer],
  };
}

function countNonFinite(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) n++;
  return n;
}

/** The notice for a boundary drawn from a grid where the network's logit overflowed. */
export function overflowNotice(nonFinite: number, total: number): string {
  const share = nonFinite / total;
  const pct = share < 0.001 ? '<0.1' : (100 * share).toPrecision(2);
  return `The network's output overflows: its logit is ±Infinity or NaN at ${pct} % of the view's grid, so its weights are too large for float32 arithmetic and the boundary there is only approximate. Reset the run, or load a scene with smaller weights.`;
}
