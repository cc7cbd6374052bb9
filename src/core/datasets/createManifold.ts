/** Build a manifold from its kind and (where it has them) dimensions and amplitude. */
import type { ChartedManifold } from './chart';
import { createLine2d } from './line2d';
import { createPlane3d } from './plane3d';
import { createPlaneRn } from './planeRn';
import { createSheet3d } from './sheet3d';
import { createSphere3d } from './sphere3d';
import { createSpheresRn } from './spheresRn';
import type { Manifold, ManifoldKind } from './types';

export interface ManifoldOptions {
  /** n for planeRn (default 50) and spheresRn (default 10). */
  ambientDim?: number;
  /** k for planeRn (default 2). */
  intrinsicDim?: number;
  /** Sheet amplitude (default 0.1). */
  amplitude?: number;
}

export function createManifold(kind: ManifoldKind, opts: ManifoldOptions = {}): Manifold {
  switch (kind) {
    case 'line2d':
      return createLine2d();
    case 'plane3d':
      return createPlane3d();
    case 'sheet3d':
      return createSheet3d(opts.amplitude ?? 0.1);
    case 'sphere3d':
      return createSphere3d();
    case 'planeRn':
      return createPlaneRn(opts.ambientDim ?? 50, opts.intrinsicDim ?? 2);
    case 'spheresRn':
      return createSpheresRn(opts.ambientDim ?? 10);
  }
}

export function hasChart(m: Manifold): m is ChartedManifold {
  return 'chart' in m;
}
