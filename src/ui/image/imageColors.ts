/**
 * Pixel colours of the image lab: grey levels for images (values outside [0, 1] clamped for
 * display only) and a diverging blue-white-red map for signed perturbations, symmetric about 0.
 */
export function greyRgba(v: number): [number, number, number, number] {
  const g = Math.round(255 * (1 - Math.min(1, Math.max(0, v)))); // ink dark on white, as on paper
  return [g, g, g, 255];
}

/** t in [-1, 1]: -1 blue, 0 white, +1 red. */
export function divergingRgba(t: number): [number, number, number, number] {
  const s = Math.min(1, Math.max(-1, t));
  if (s >= 0) return [255, Math.round(255 * (1 - 0.85 * s)), Math.round(255 * (1 - 0.85 * s)), 255];
  const a = -s;
  return [Math.round(255 * (1 - 0.85 * a)), Math.round(255 * (1 - 0.55 * a)), 255, 255];
}

/** RGBA bytes of a side x side image; `scale` > 0 selects the diverging map (value / scale). */
export function imageRgba(pixels: ArrayLike<number>, scale = 0): Uint8ClampedArray {
  const out = new Uint8ClampedArray(pixels.length * 4);
  for (let i = 0; i < pixels.length; i++) {
    const c = scale > 0 ? divergingRgba(pixels[i] / scale) : greyRgba(pixels[i]);
    out.set(c, 4 * i);
  }
  return out;
}
