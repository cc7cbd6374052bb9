import { live } from '../store/liveData';
import { getEngine } from '../store/engineBridge';
import { pushNotice } from '../store/appStore';
import { sceneFileText } from '../store/sceneFile';
import { LINK_SHARE_LIMIT } from '../store/sceneLink';
import { embeddedModelsText, sceneModelsOf, sizeText } from '../store/sceneModels';
import { sceneQuery } from '../store/urlSync';
import { downloadText } from './download';
import { currentImageRun } from '../store/imageTrainingActions';
import { importedBundles } from '../store/importModelActions';
import { useImageLab } from '../store/imageLabStore';

/**
 * Download the scene, its trained weights and the run's history (timeline snapshots from the
 * engine, the chart series from the page), any image-training run (settings, seed, metrics) and
 * the Image lab's imported models (weights, name, input shape, SHA-256) as a file
 * (Share → Save scene…). With models embedded, a notice says how large the file is.
 */
export async function saveScene(): Promise<void> {
  const timeline = (await getEngine()?.exportTimeline()) ?? [];
  const history = { timeline, curve: live.curve, clinging: live.clinging };
  const { dataset, k } = useImageLab.getState();
  const imageRun = currentImageRun(dataset, k) ?? undefined;
  let models;
  try {
    models = sceneModelsOf(dataset, k, await importedBundles());
  } catch (e) {
    pushNotice('error', `The imported models could not be read from the engine (${String(e)}); the scene is saved without them.`, {
      scope: 'all',
    });
  }
  const text = sceneFileText(sceneQuery(), live.weights ?? undefined, history, imageRun, models);
  downloadText(text, 'scene.dmlab.json', 'application/json');
  const embedded = embeddedModelsText(models);
  if (embedded)
    pushNotice('info', `Saved scene.dmlab.json (${sizeText(text.length)}); it embeds ${embedded}, so it loads with nothing else.`, {
      scope: 'all',
    });
}

/** What Save scene will embed, for its tooltip: the imported models and their size as base64. */
export function saveSceneHelp(): string {
  const info = useImageLab.getState().info;
  const parts = [
    info?.imported && `the imported classifier ${info.imported.name} (about ${sizeText(Math.ceil(info.imported.bytes / 3) * 4)})`,
    info?.importedAutoencoder &&
      `the imported autoencoder ${info.importedAutoencoder.name} (about ${sizeText(Math.ceil(info.importedAutoencoder.bytes / 3) * 4)})`,
  ].filter(Boolean);
  const base = 'Download the scene and the trained weights as a file';
  return parts.length ? `${base}, with ${parts.join(' and ')} as base64` : base;
}

/** Why a copied link is better handed out as a scene file. */
export function longLinkNotice(length: number): string {
  return `Link copied, but it is ${length.toLocaleString('en')} characters long (the edited points): chat apps, e-mail and some sites cut links past about ${LINK_SHARE_LIMIT.toLocaleString('en')}. The scene file holds the same scene and always opens.`;
}
