import { live } from '../store/liveData';
import { sceneFileText } from '../store/sceneFile';
import { LINK_SHARE_LIMIT } from '../store/sceneLink';
import { sceneQuery } from '../store/urlSync';
import { downloadText } from './download';

/** Download the scene and its trained weights as a file (Share → Save scene…). */
export function saveScene(): void {
  downloadText(sceneFileText(sceneQuery(), live.weights ?? undefined), 'scene.dmlab.json', 'application/json');
}

/** Why a copied link is better handed out as a scene file. */
export function longLinkNotice(length: number): string {
  return `Link copied, but it is ${length.toLocaleString('en')} characters long (the edited points): chat apps, e-mail and some sites cut links past about ${LINK_SHARE_LIMIT.toLocaleString('en')}. The scene file holds the same scene and always opens.`;
}
