import { createManifold, resolveSpec, type DatasetSpec } from '../core/datasets';
import type { Manifold } from '../core/datasets/types';

/** The exact manifold a dataset spec lives on (the worker rebuilds it from the spec it is sent). */
export function manifoldOf(spec: DatasetSpec): Manifold {
  const r = resolveSpec(spec);
  return createManifold(r.manifold, r);
}
