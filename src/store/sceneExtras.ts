import { SETTINGS } from './settings';

/**
 * URL parts beyond the settings registry: edited points (`pts`, see pointsCodec.ts), the camera
 * (`cam`) and lecturer hide flags (`hide`). Parsers never throw; they return a notice instead.
 */
export const EXTRA_KEYS = ['v', 'pts', 'cam', 'hide'] as const;

/** Panels a lecturer can hide besides any single setting of the registry. */
export const HIDEABLE_PANELS = [
  'presets',
  'transport',
  'settings',
  'points',
  'backend',
  'charts',
  'timeline',
  'attack',
  'help',
  'share',
  'panels',
  'lecture',
] as const;

export function isHideable(id: string): boolean {
  return (HIDEABLE_PANELS as readonly string[]).includes(id) || id in SETTINGS;
}

export function parseHidden(raw: string | null): { hidden: string[]; notice?: string } {
  if (!raw) return { hidden: [] };
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 64);
  const unknown = ids.filter((id) => !isHideable(id));
  const hidden = [...new Set(ids.filter(isHideable))];
  return unknown.length
    ? {
        hidden,
        notice: `Unknown controls in "hide" were ignored: ${unknown
          .slice(0, 5)
          .map((u) => u.slice(0, 20))
          .join(', ')}.`,
      }
    : { hidden };
}

/** Camera: position x,y,z, target x,y,z and zoom (7 numbers). */
export function parseCamera(raw: string | null): { camera: number[] | null; notice?: string } {
  if (!raw) return { camera: null };
  const v = raw.split(',').map(Number);
  if (v.length !== 7 || v.some((x) => !Number.isFinite(x) || Math.abs(x) > 1000) || v[6] <= 0) {
    const given = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    return {
      camera: null,
      notice: `Camera "${given}" is not 7 numbers (position x,y,z, target x,y,z, zoom > 0); the default view is used.`,
    };
  }
  return { camera: v };
}

export function formatCamera(c: number[]): string {
  return c.map((x) => String(Number(x.toFixed(4)))).join(',');
}
