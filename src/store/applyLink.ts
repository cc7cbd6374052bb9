import { makeDataset } from '../core/datasets';
import { pushNotice, useApp } from './appStore';
import { datasetSpecOf } from './sceneFromSettings';
import { decodeUrlPoints, readUrl } from './urlSync';

/**
 * Put the scene a link describes into the store: settings, camera, hide flags and edited
 * points (from the query or the fragment). Never throws: whatever is wrong becomes a visible notice and a default in its place.
 * Returns how many notices the link produced.
 */
export function storeSceneFromLink(search: string, hash = ''): number {
  const url = readUrl(search, hash);
  let notices = url.notices.length;
  useApp.setState({ settings: url.settings, camera: url.camera, hidden: url.hidden, editedPoints: null });
  for (const n of url.notices) pushNotice('warning', n);
  if (url.pointsText !== null) {
    let notice: string | undefined;
    try {
      const d = makeDataset(datasetSpecOf(url.settings));
      const r = decodeUrlPoints(url.pointsText, d.n, d.manifold.bounds, d.numClasses);
      if (r.set) useApp.setState({ editedPoints: r.set });
      notice = r.notice;
    } catch {
      notice = 'The edited points in the link do not fit its data settings; the generated points are shown.';
    }
    if (notice) {
      pushNotice('warning', notice);
      notices++;
    }
  }
  return notices;
}
