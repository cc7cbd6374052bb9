import { decodeSettings, encodeSettings } from './urlCodec';
import type { Settings } from './settings';
import { presetById } from './presets';
import { parseCamera, parseHidden, formatCamera } from './sceneExtras';
import { decodePoints, encodePoints } from './pointsCodec';
import { useApp } from './appStore';
import type { PointSet } from './pointHistory';
import { rememberScene } from './persistence';

export interface UrlScene {
  settings: Settings;
  /** Raw edited points; decoded once the manifold is known (decodeUrlPoints). */
  pointsText: string | null;
  camera: number[] | null;
  hidden: string[];
  notices: string[];
}

/** Everything a link carries; a preset named in the link supplies the values it does not name. */
export function readUrl(search = window.location.search): UrlScene {
  const d = decodeSettings(search);
  const params = new URLSearchParams(search);
  const cam = parseCamera(params.get('cam'));
  const hide = parseHidden(params.get('hide'));
  const notices = [...d.notices, ...[cam.notice, hide.notice].filter((n): n is string => !!n)];
  let settings = d.settings;
  const preset = presetById(d.settings.preset);
  if (preset && d.settings.preset !== 'custom') {
    const merged = { ...d.settings } as Record<string, unknown>;
    for (const [k, v] of Object.entries(preset.settings)) if (!d.given.includes(k as keyof Settings)) merged[k] = v;
    settings = merged as Settings;
  }
  return { settings, pointsText: params.get('pts'), camera: cam.camera, hidden: hide.hidden, notices };
}

export function decodeUrlPoints(text: string, n: number, bounds: { lo: number[]; hi: number[] }, numClasses: number): { set: PointSet | null; notice?: string } {
  const d = decodePoints(text, n, bounds, numClasses);
  return typeof d === 'string' ? { set: null, notice: `The edited points could not be restored: ${d}; the generated points are shown.` } : { set: d };
}

/** The query string of the current scene: settings, edited points, camera, hide flags. */
export function sceneQuery(): string {
  const { settings, editedPoints, dataset, camera, hidden } = useApp.getState();
  let q = encodeSettings(settings);
  if (editedPoints && dataset) q += `&pts=${encodePoints(editedPoints, dataset.manifold.bounds)}`;
  if (camera) q += `&cam=${formatCamera(camera)}`;
  if (hidden.length) q += `&hide=${hidden.join(',')}`;
  return q;
}

/** Mirror the scene into the URL without adding history entries. */
export function writeUrl(_s?: Settings): void {
  const q = sceneQuery();
  window.history.replaceState(null, '', `${window.location.pathname}?${q}${window.location.hash}`);
  rememberScene(q);
}
