import { makeDataset } from '../core/datasets';
import { pushNotice, useApp } from './appStore';
import { datasetSpecOf } from './sceneFromSettings';
import { decodeUrlPoints, readUrl } from './urlSync';
import type { LinkProblem } from './urlCodec';

/** The notice kind of a repaired link: a newer link's report replaces an older one's. */
export const LINK_NOTICE_KIND = 'link-repaired';

/**
 * Put the scene a link describes into the store: settings, camera, hide flags and edited
 * points (from the query or the fragment). Never throws: whatever is wrong is repaired and
 * named in one notice (every field: what was given, what is used). Returns how many problems.
 */
export function storeSceneFromLink(search: string, hash = ''): number {
  const url = readUrl(search, hash);
  const problems = [...url.problems];
  useApp.setState({ settings: url.settings, camera: url.camera, hidden: url.hidden, editedPoints: null });
  if (url.pointsText !== null) {
    try {
      const d = makeDataset(datasetSpecOf(url.settings));
      const r = decodeUrlPoints(url.pointsText, d.n, d.manifold.bounds, d.numClasses);
      if (r.set) useApp.setState({ editedPoints: r.set });
      if (r.notice) problems.push({ key: 'pts', text: r.notice });
    } catch {
      problems.push({ key: 'pts', text: 'The edited points in the link do not fit its data settings; the generated points are shown.' });
    }
  }
  const message = linkReport(problems);
  if (message) pushNotice('warning', message, { kind: LINK_NOTICE_KIND });
  return problems.length;
}

/** One problem as its sentence; several as a list under one heading, none left out. */
export function linkReport(problems: readonly LinkProblem[]): string | null {
  if (problems.length === 0) return null;
  if (problems.length === 1) return problems[0].text;
  return [`This link was repaired in ${problems.length} places:`, ...problems.map((p) => `• ${p.text}`)].join('\n');
}
