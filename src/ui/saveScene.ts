import { live } from '../store/liveData';
import { getEngine } from '../store/engineBridge';
import { sceneFileText } from '../store/sceneFile';
import { LINK_SHARE_LIMIT } from '../store/sceneLink';
import { sceneQuery } from '../store/urlSync';
import { downloadText } from './download';

/**
 * Download the scene, its trained weights and the run's history (timeline snapshots from the
 * engine, the chart series from the page) as a file (Share → Save scene…).
 */
export async function saveScene(): Promise<void> {
  const timeline = (await getEngine()?.exportTimeline()) ?? [];
  const history = { timeline, curve: live.curve, clinging: live.clinging };
  downloadText(sceneFileText(sceneQuery(), live.weights ?? undefined, history), 'scene.dmlab.json', 'application/json');
}

/** Why a copied link is better handed out as a scene file. */
export function longLinkNotice(length: number): string {
  return `Link copied, but it is ${length.toLocaleString('en')} characters long (the edited points): chat apps, e-mail and some sites cut links past about ${LINK_SHARE_LIMIT.toLocaleString('en')}. The scene file holds the same scene and always opens.`;
}
