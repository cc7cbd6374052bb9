/**
 * The check every image claims run applies first (limits in core/experiments/claimsLimits.ts): numbers are rounded and clamped into range, anything that
 * is not a number or not an allowed choice is an error that says which input and why.
 */
import { isImageDatasetId } from '../core/datasets/mnist14';
import { IMAGE_CLAIMS_LIMITS } from '../core/experiments/claimsLimits';
import { clamp } from './claimsRequests';
import type { ImageAdvRequest, ImageAlignRequest, ImageClaimBase, ImageParadoxRequest } from './claimsImageTypes';

function checkNorm(norm: unknown): 'L2' | 'Linf' {
  if (norm !== 'L2' && norm !== 'Linf') throw new Error(`norm must be L2 or Linf (got ${String(norm)})`);
  return norm;
}

function checkBase(r: ImageClaimBase): ImageClaimBase {
  const L = IMAGE_CLAIMS_LIMITS;
  if (!isImageDatasetId(r.dataset)) throw new Error(`data set must be one of the shipped image sets (got ${String(r.dataset)})`);
  if (!Array.isArray(r.hidden) || r.hidden.length < L.layers[0] || r.hidden.length > L.layers[1]) {
    throw new Error(`hidden must list ${L.layers[0]} to ${L.layers[1]} layer widths (got ${String(r.hidden)})`);
  }
  return {
    dataset: r.dataset,
    trainCount: clamp(r.trainCount, L.trainCount, 'training images', true),
    testCount: clamp(r.testCount, L.testCount, 'test images', true),
    hidden: r.hidden.map((h) => clamp(h, L.width, 'hidden width', true)),
    lr: clamp(r.lr, L.lr, 'learning rate'),
    batch: clamp(r.batch, L.batch, 'batch size', true),
    seed: clamp(r.seed, L.seed, 'seed', true),
  };
}

/** A budget within the norm's range: L∞ cannot exceed the pixel range 1. */
const checkEps = (eps: number, norm: 'L2' | 'Linf') => clamp(eps, norm === 'Linf' ? [0.001, 1] : IMAGE_CLAIMS_LIMITS.eps, 'eps');

export function checkImageAdv(r: ImageAdvRequest): ImageAdvRequest {
  const L = IMAGE_CLAIMS_LIMITS;
  const norm = checkNorm(r.norm);
  return {
    ...checkBase(r),
    norm,
    eps: checkEps(r.eps, norm),
    steps: clamp(r.steps, L.steps, 'PGD steps', true),
    mix: clamp(r.mix, L.mix, 'mix'),
    epochs: clamp(r.epochs, L.epochs, 'epochs', true),
    evalCount: clamp(r.evalCount, L.evalCount, 'evaluation images', true),
    aeK: clamp(r.aeK, L.aeK, 'autoencoder k', true),
  };
}

export function checkImageParadox(r: ImageParadoxRequest): ImageParadoxRequest {
  const L = IMAGE_CLAIMS_LIMITS;
  const norm = checkNorm(r.norm);
  const targets = Array.isArray(r.targets) ? r.targets.filter((t, i, a) => a.indexOf(t) === i) : [];
  if (targets.length === 0 || targets.some((t) => t !== 'random' && t !== 'next')) {
    throw new Error(`targets must be random and/or next (got ${String(r.targets)})`);
  }
  return {
    ...checkBase(r),
    norm,
    eps: checkEps(r.eps, norm),
    steps: clamp(r.steps, L.steps, 'PGD steps', true),
    targets,
    n2Epochs: clamp(r.n2Epochs, L.epochs, 'N2 epochs', true),
  };
}

export function checkImageAlign(r: ImageAlignRequest): ImageAlignRequest {
  const L = IMAGE_CLAIMS_LIMITS;
  const epochs = clamp(r.epochs, L.epochs, 'epochs', true);
  return {
    ...checkBase(r),
    epochs,
    every: clamp(r.every, [1, epochs], 'every', true),
    aeK: clamp(r.aeK, L.aeK, 'autoencoder k', true),
  };
}
