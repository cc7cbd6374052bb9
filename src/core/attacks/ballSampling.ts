import type { Rng } from '../rng';

/** Uniform in the Linf box [-eps, eps]^n (PGD-Linf random start, docs/science.md §7). */
export function sampleLinfBox(n: number, eps: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.uniform(-eps, eps);
  return out;
}

/**
 * Uniform in the L2 ball of radius eps (docs/science.md §7): a point uniform on the sphere S^{n+1}
 * in R^{n+2}, with its first n coordinates kept, is uniform in the n-ball. So |delta|/eps has
 * CDF u^n.
 */
export function sampleL2Ball(n: number, eps: number, rng: Rng): Float64Array {
  const g = new Float64Array(n + 2);
  let s = 0;
  for (let i = 0; i < n + 2; i++) {
    g[i] = rng.normal();
    s += g[i] * g[i];
  }
  const k = eps / Math.sqrt(s);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = g[i] * k;
  return out;
}
