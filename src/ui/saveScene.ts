import { live } from '../store/liveData';
import { getEngine } from '../store/engineBridge';
import { sceneFileText } from '../store/sceneFile';
import { LINK_SHARE_LIMIT } from '../store/sceneLink';
import { sceneQuery } from '../store/urlSync';
import { downloadText } from './download';
import { currentImageRun } from '../store/imageTrainingActions';
import { useImageLab } from '../store/imageLabStore';

/**
 * Download the scene, its trained weights and the run's history (timeline snapshots from the
 * engine, the chart series from the page) and any image-training run (settings, seed, metrics) as
 * a file (Share → Save scene…).
 */
export async function saveScene(): Promise<void> {
  const timeline = (await getEngine()?.exportTimeline()) ?? [];
  const history = { timeline, curve: live.curve, clinging: live.clinging };
  const { dataset, k } = useImageLab.getState();
  const imageRun = currentImageRun(dataset, k) ?? undefined;
  downloadText(sceneFileText(sceneQuery(), live.weights ?? undefined, history, imageRun), 'scene.dmlab.json', 'application/json');
}

/** Why a copied link is better handed out as a scene file. */
export function longLinkNotice(length: number): string {
  return `Link copied, but it is ${length.toLocaleString('en')} characters long (the edited points): chat apps, e-mail and some sites cut links past about ${LINK_SHARE_LIMIT.toLocaleString('en')}. The scene file holds the same scene and always opens.`;
}
