import { decodeSettings, encodeSettings, type LinkProblem } from './urlCodec';
import type { Settings } from './settings';
import { parseCamera, parseHidden, formatCamera } from './sceneExtras';
import { decodePoints, encodePoints } from './pointsCodec';
import { useApp } from './appStore';
import type { PointSet } from './pointHistory';
import { rememberScene } from './persistence';
import { parseFragment, placePoints, type View } from './sceneLink';

export interface UrlScene {
  settings: Settings;
  /** Raw edited points; decoded once the manifold is known (decodeUrlPoints). */
  pointsText: string | null;
  camera: number[] | null;
  hidden: string[];
  /** Everything the link got wrong and how it was repaired, in the link's order (the points come later). */
  problems: LinkProblem[];
}

/**
 * Everything a link carries; a preset named in the link supplies the values it does not name.
 * Edited points come from the query or, in long links, from the fragment (sceneLink.ts).
 */
export function readUrl(search = window.location.search, hash = ''): UrlScene {
  const d = decodeSettings(search);
  const params = new URLSearchParams(search);
  const cam = parseCamera(params.get('cam'));
  const hide = parseHidden(params.get('hide'));
  const problems = [...d.problems];
  if (cam.notice) problems.push({ key: 'cam', text: cam.notice });
  if (hide.notice) problems.push({ key: 'hide', text: hide.notice });
  return {
    settings: d.settings,
    pointsText: params.get('pts') ?? parseFragment(hash).points,
    camera: cam.camera,
    hidden: hide.hidden,
    problems,
  };
}

export function decodeUrlPoints(
  text: string,
  n: number,
  bounds: { lo: number[]; hi: number[] },
  numClasses: number,
): { set: PointSet | null; notice?: string } {
  const d = decodePoints(text, n, bounds, numClasses);
  return typeof d === 'string'
    ? { set: null, notice: `The edited points could not be restored: ${d}; the generated points are shown.` }
    : { set: d };
}

/** The scene as one query (settings, edited points, camera, hide flags): what scene files and local storage keep. */
export function sceneQuery(): string {
  const { query, points } = sceneParts();
  return points === null ? query : `${query}&pts=${points}`;
}

function sceneParts(): { query: string; points: string | null } {
  const { settings, editedPoints, dataset, camera, hidden } = useApp.getState();
  let query = encodeSettings(settings);
  if (camera) query += `&cam=${formatCamera(camera)}`;
  if (hidden.length) query += `&hide=${hidden.join(',')}`;
  return { query, points: editedPoints && dataset ? encodePoints(editedPoints, dataset.manifold.bounds) : null };
}

/** The scene's address (path, query, fragment) with the given view open; long point sets go to the fragment. */
export function sceneHref(view: View = parseFragment(window.location.hash).view): string {
  const { query, points } = sceneParts();
  const { search, hash } = placePoints(query, points, view);
  return `${window.location.pathname}${search}${hash}`;
}

/** Mirror the scene into the URL without adding history entries. */
export function writeUrl(_s?: Settings): void {
  window.history.replaceState(null, '', sceneHref());
  rememberScene(sceneQuery());
}
