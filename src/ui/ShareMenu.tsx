import { useRef, useState } from 'react';
import { HiddenFileInput } from './HiddenFileInput';
import { useApp, pushNotice } from '../store/appStore';
import { getEngine } from '../store/engineBridge';
import { sceneHref } from '../store/urlSync';
import { formatFragment, LINK_SHARE_LIMIT, linkOfQuery, parseFragment } from '../store/sceneLink';
import { longLinkNotice, saveScene, saveSceneHelp } from './saveScene';
import { stashSceneModels } from '../store/sceneModelsHandover';
import { parseSceneFile } from '../store/sceneFile';
import { HISTORY_ABSENT, SCENE_KEY, stashResume } from '../store/persistence';
import { downloadBlob, downloadText } from './download';
import { useRecorder } from './useRecorder';
import { PENDING_RUN_KEY } from '../store/imageTrainingActions';
import { displayedView } from '../scene/gpuPacing';

const canvas = () => document.querySelector('.stage canvas') as HTMLCanvasElement | null;

/** Share and save: link, scene file, PNG of the view, the trained model, a WebM recording. */
export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const recorder = useRecorder(canvas);

  const copyLink = async () => {
    const url = `${location.origin}${sceneHref()}`;
    try {
      await navigator.clipboard.writeText(url);
      if (url.length > LINK_SHARE_LIMIT) pushNotice('warning', longLinkNotice(url.length), 'save-scene');
      else pushNotice('info', 'Link copied: it restores these settings, points and camera.');
    } catch {
      window.prompt('Copy this link:', url);
    }
  };
  const loadScene = async (f: File) => {
    const r = parseSceneFile(await f.text());
    if (!r.ok) return pushNotice('error', `${r.message} Nothing was changed.`);
    if (r.resume && !stashResume({ ...r.resume, historyNote: r.resume.history ? undefined : HISTORY_ABSENT })) {
      return pushNotice(
        'error',
        'The browser refused to hand the weights over to the reloaded page (session storage is full or off). Nothing was changed.',
      );
    }
    // An image-training run and imported models open in the Image lab of the reloaded page.
    if (r.imageRun) sessionStorage.setItem(PENDING_RUN_KEY, JSON.stringify(r.imageRun));
    const stashError = r.models ? await stashSceneModels(r.models) : null;
    if (stashError)
      return pushNotice(
        'error',
        `The browser refused to keep the scene's imported models across the reload (${stashError}). Nothing was changed.`,
      );
    // A scene with many points would make a query too long for servers: they go to the fragment.
    const link = linkOfQuery(r.query, r.imageRun || r.models ? 'image' : 'toys');
    // A target that differs only in its fragment would not reload the page: reload it then.
    const sameDocument = link.search === location.search;
    location.assign(`${location.pathname}${link.search}${link.hash}`);
    if (sameDocument) location.reload();
  };
  const png = () => {
    const shown = canvas();
    if (!shown) return pushNotice('warning', 'There is no view to export yet.');
    const c = displayedView(shown);
    c.toBlob(
      (b) => (b ? downloadBlob(b, 'dimpled-manifold-view.png') : pushNotice('error', 'The view could not be exported.')),
      'image/png',
    );
  };
  const exportModel = async () => {
    try {
      const m = await getEngine()!.exportModel();
      downloadText(m.modelJson, 'model.json', 'application/json');
      downloadBlob(new Blob([m.weights]), 'weights.bin');
      pushNotice('info', `Exported the network of epoch ${m.epoch} (model.json + weights.bin, tfjs layers format).`);
    } catch (e) {
      pushNotice('error', `The model could not be exported: ${String((e as Error).message ?? e)}.`);
    }
  };
  const resetScene = () => {
    localStorage.removeItem(SCENE_KEY);
    // The fragment may hold edited points too: keep only the open view.
    location.assign(`${location.pathname}${formatFragment({ view: parseFragment(location.hash).view, points: null })}`);
  };
  const item = (label: string, help: string, onClick: () => void, testId: string, disabled = false) => (
    <button
      role="menuitem"
      title={help}
      onClick={() => {
        setOpen(false);
        onClick();
      }}
      data-testid={testId}
      disabled={disabled}
    >
      {label}
    </button>
  );
  const hidden = useApp((s) => s.hidden.includes('share'));
  if (hidden) return null;
  return (
    <div className="menu">
      <button
        onClick={() => setOpen((o) => !o)}
        aria-haspopup="menu"
        aria-expanded={open}
        title="Share, save and export"
        data-testid="share-menu"
      >
        Share ▾
      </button>
      {recorder.recording && (
        <button className="recording" onClick={recorder.stop} title="Stop recording and download the WebM video" data-testid="record-stop">
          ● Stop recording
        </button>
      )}
      {open && (
        <div className="menu-list" role="menu">
          {item(
            'Copy link',
            'Copy a link that restores this scene (settings, edited points, camera, hidden controls)',
            copyLink,
            'copy-link',
          )}
          {item('Save scene…', saveSceneHelp(), () => void saveScene(), 'save-scene')}
          {item('Load scene…', 'Open a scene file saved earlier', () => file.current?.click(), 'load-scene')}
          {item('Export PNG', 'Download the current view as a PNG image', png, 'export-png')}
          {item(
            'Export model',
            'Download the trained network in tfjs layers format (model.json + weights.bin)',
            () => void exportModel(),
            'export-model',
          )}
          {item(
            'Record video',
            recorder.supported ? 'Record the view as a WebM video until you press Stop' : 'This browser cannot record WebM video',
            recorder.start,
            'record-start',
            !recorder.supported || recorder.recording,
          )}
          {item('Reset scene', 'Forget the saved scene and open the default one', resetScene, 'reset-scene')}
        </div>
      )}
      <HiddenFileInput ref={file} accept=".json,application/json" testId="scene-file" onFiles={([f]) => void loadScene(f)} />
    </div>
  );
}
